import { afterEach, describe, expect, it } from 'vitest';
import { bySelector, focusSoon } from './focusSoon.ts';

const nextFrames = (n: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => (left === 0 ? resolve() : void requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusSoon', () => {
  it('focuses an element that appears a few frames later', async () => {
    focusSoon(bySelector('#later'));
    await nextFrames(2);
    const input = document.createElement('input');
    input.id = 'later';
    document.body.append(input);
    await nextFrames(3);
    expect(document.activeElement).toBe(input);
  });

  it('skips a disabled button and gives up when nothing usable appears', async () => {
    const button = document.createElement('button');
    button.disabled = true;
    document.body.append(button);
    focusSoon(() => button, 2);
    await nextFrames(5);
    expect(document.activeElement).toBe(document.body);
  });
});
