import { describe, expect, it } from 'vitest';
import { createExternalLinkOpener } from './createExternalLinkOpener.ts';
import { externalLinkPrompt, OPEN_BUTTON } from './externalLinkPrompt.ts';

function setup(answer: boolean | (() => Promise<boolean>)): { asked: string[]; opened: string[]; openLink: ReturnType<typeof createExternalLinkOpener> } {
  const asked: string[] = [];
  const opened: string[] = [];
  const openLink = createExternalLinkOpener({
    confirm: (url) => {
      asked.push(url);
      return typeof answer === 'function' ? answer() : Promise.resolve(answer);
    },
    open: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
  });
  return { asked, opened, openLink };
}

describe('createExternalLinkOpener', () => {
  it('opens an http(s) or mailto link only after the user said Open', async () => {
    const yes = setup(true);
    expect(await yes.openLink('https://www.ansa.it/')).toBe('opened');
    expect(await yes.openLink('mailto:desk@example.com')).toBe('opened');
    expect(yes.asked).toEqual(['https://www.ansa.it/', 'mailto:desk@example.com']);
    expect(yes.opened).toEqual(yes.asked);

    const no = setup(false);
    expect(await no.openLink('https://www.ansa.it/')).toBe('cancelled');
    expect(no.asked).toEqual(['https://www.ansa.it/']);
    expect(no.opened).toEqual([]);
  });

  it('refuses other schemes without even asking', async () => {
    const s = setup(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'app://newsdesk/index.html', 'ms-msdt:/id x']) {
      expect(await s.openLink(url)).toBe('refused');
    }
    expect(s.asked).toEqual([]);
    expect(s.opened).toEqual([]);
  });

  it('asks one question at a time and drops the requests that come meanwhile', async () => {
    let release: (value: boolean) => void = () => undefined;
    const s = setup(() => new Promise<boolean>((resolve) => (release = resolve)));
    const first = s.openLink('https://a.example/');
    expect(await s.openLink('https://b.example/')).toBe('busy');
    release(true);
    expect(await first).toBe('opened');
    expect(s.opened).toEqual(['https://a.example/']);
    const third = s.openLink('https://c.example/');
    release(false);
    expect(await third).toBe('cancelled');
  });

  it('is free again after the dialog failed', async () => {
    const s = setup(() => Promise.reject(new Error('no display')));
    await expect(s.openLink('https://a.example/')).rejects.toThrow('no display');
    await expect(s.openLink('https://a.example/')).rejects.toThrow('no display');
    expect(s.asked).toHaveLength(2);
  });
});

describe('externalLinkPrompt', () => {
  it('asks "Open this link in your browser?" with the URL, Open/Cancel, Cancel by default', () => {
    const prompt = externalLinkPrompt('https://www.ansa.it/');
    expect(prompt).toMatchObject({ message: 'Open this link in your browser?', detail: 'https://www.ansa.it/', buttons: ['Open', 'Cancel'] });
    expect(prompt.buttons?.[OPEN_BUTTON]).toBe('Open');
    expect(prompt.defaultId).not.toBe(OPEN_BUTTON);
    expect(prompt.cancelId).not.toBe(OPEN_BUTTON);
  });
});
