import { describe, expect, it } from 'vitest';
import { createStory } from '@shared/story/createStory.ts';
import { buildPrintArticle } from './buildPrintArticle.ts';

const ASSET = `${'a'.repeat(64)}.jpg`;

describe('buildPrintArticle', () => {
  it('lays the story out as the exported article, with app picture addresses and no lazy loading', () => {
    const story = {
      ...createStory(),
      language: 'de',
      kicker: 'Europa',
      headline: 'Gipfel <b>in</b> Rom',
      standfirst: 'Die Staatschefs treffen sich.',
      bylines: ['Anna Muster'],
      dateline: 'ROM',
      deskNotes: 'SECRET desk note',
      hero: { ...createStory().hero, assetId: ASSET, caption: 'Der Platz', credit: 'EPA/MAURIZIO GAMBARINI' },
      body: { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Erster Absatz.' }] }] },
    };
    const article = buildPrintArticle(story, (id) => `/display/${id}`);
    expect(article.tagName).toBe('ARTICLE');
    expect(article.getAttribute('lang')).toBe('de');
    expect(article.querySelector('.kicker')?.textContent).toBe('Europa');
    expect(article.querySelector('h1')?.textContent).toBe('Gipfel <b>in</b> Rom');
    expect(article.querySelector('h1 b')).toBeNull();
    expect(article.querySelector('.standfirst')?.textContent).toBe('Die Staatschefs treffen sich.');
    expect(article.querySelector('.meta')?.textContent).toContain('Anna Muster');
    expect(article.querySelector('.meta')?.textContent).toContain('ROM');
    expect(article.querySelector('.credit')?.textContent).toBe('EPA/MAURIZIO GAMBARINI');
    const img = article.querySelector('img');
    expect(img?.getAttribute('src')).toBe(`/display/${ASSET}`);
    expect(img?.hasAttribute('loading')).toBe(false);
    expect(article.querySelector('.story-body')?.textContent).toBe('Erster Absatz.');
    expect(article.textContent).not.toContain('SECRET');
  });
});
