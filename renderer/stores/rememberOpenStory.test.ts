import { afterEach, describe, expect, it } from 'vitest';
import { rememberedOpenStory, rememberOpenStory } from './rememberOpenStory.ts';

afterEach(() => sessionStorage.clear());

describe('rememberOpenStory', () => {
  it('remembers the open story for a reload, and forgets it on leaving', () => {
    expect(rememberedOpenStory()).toBeNull();
    rememberOpenStory('nato-summit-2025');
    expect(rememberedOpenStory()).toBe('nato-summit-2025');
    rememberOpenStory(null);
    expect(rememberedOpenStory()).toBeNull();
  });

  it('ignores anything in storage that is not a story id', () => {
    for (const bad of ['../../etc/passwd', 'short', 'UPPER-CASE-ID', '', 'x'.repeat(65)]) {
      sessionStorage.setItem('newsdesk.openStory', bad);
      expect(rememberedOpenStory()).toBeNull();
    }
  });
});
