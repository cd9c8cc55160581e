import { describe, expect, it } from 'vitest';
import { needsReveal, READABLE_ZOOM } from './viewport.ts';

const card = { x: 100, y: 100, width: 200, height: 100 };
const screen = { x: 0, y: 0, width: 800, height: 600 };

describe('needsReveal', () => {
  it('leaves a card in plain sight alone', () => {
    expect(needsReveal(card, { x: 0, y: 0, zoom: 1 }, screen)).toBe(false);
  });

  it('reveals a card that is off screen or cut by an edge', () => {
    expect(needsReveal(card, { x: -250, y: 0, zoom: 1 }, screen)).toBe(true);
    expect(needsReveal(card, { x: 0, y: 450, zoom: 1 }, screen)).toBe(true);
    expect(needsReveal(card, { x: 700, y: 0, zoom: 1 }, screen)).toBe(true);
  });

  it('reveals a card hidden under a bottom sheet', () => {
    const aboveSheet = { ...screen, height: 150 };
    expect(needsReveal(card, { x: 0, y: 0, zoom: 1 }, aboveSheet)).toBe(true);
  });

  it('reveals a card too small to read', () => {
    expect(needsReveal(card, { x: 0, y: 0, zoom: READABLE_ZOOM - 0.01 }, screen)).toBe(true);
    expect(needsReveal(card, { x: 0, y: 0, zoom: READABLE_ZOOM }, screen)).toBe(false);
  });
});
