import { describe, expect, it } from 'vitest';
import { copyLinkMessage } from './copy-link.ts';
import { copyLinkHint } from './copy-link-message.ts';

const file = { kind: 'file', fileName: 'my-team.json' } as const;
const builtIn = { kind: 'default' } as const;

describe('copyLinkMessage', () => {
  it('is short for the built-in organisation', () => {
    expect(copyLinkMessage(builtIn, true)).toBe('Link copied.');
    expect(copyLinkMessage(builtIn, false)).toMatch(/^Could not copy the link/);
  });

  it('says what others will see when the user’s own file is open, copied or not', () => {
    for (const copied of [true, false]) {
      const message = copyLinkMessage(file, copied);
      expect(message).toContain('Shanghai Provident Fund Management Center, not my-team.json');
      expect(message).toContain('your file stays on this device');
    }
    expect(copyLinkMessage(file, true)).toMatch(/^Link copied\. /);
  });
});

describe('copyLinkMessage for one duty', () => {
  it('names the duty', () => {
    expect(copyLinkMessage(builtIn, true, 'duty 3')).toBe('Link to duty 3 copied.');
    expect(copyLinkMessage(builtIn, false, 'duty 3')).toBe(
      'Could not copy the link to duty 3: copy the address bar instead.',
    );
    expect(copyLinkMessage(file, true, 'duty 3')).toMatch(
      /^Link to duty 3 copied\. It opens Orgscope on the Shanghai/,
    );
  });
});

describe('copyLinkHint', () => {
  it('warns before copying when a file is open', () => {
    expect(copyLinkHint(builtIn)).toBe('Copy a link to this view');
    expect(copyLinkHint(file)).toContain('not my-team.json');
  });
});
