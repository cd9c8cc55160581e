import { describe, expect, it } from 'vitest';
import { copyLinkHint, copyLinkMessage } from './copy-link-message.ts';

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

describe('copyLinkHint', () => {
  it('warns before copying when a file is open', () => {
    expect(copyLinkHint(builtIn)).toBe('Copy a link to this view');
    expect(copyLinkHint(file)).toContain('not my-team.json');
  });
});
