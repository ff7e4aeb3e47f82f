import { defaultLang, isLang, languages, messages, type Lang } from './i18n';
import type { LevelEntry } from './levels';

const LANG_KEY = 'mpf.lang';

export interface MenuOptions {
  levels: readonly LevelEntry[];
  /** Until the game scene exists, level buttons stay disabled. */
  onSelectLevel?: (id: string) => void;
}

export interface MenuHandle {
  setLang(lang: Lang): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// Storage can throw (privacy modes, locked-down school browsers): the menu must still work.
function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    return isLang(stored) ? stored : defaultLang;
  } catch {
    return defaultLang;
  }
}

function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* keeps working for this session only */
  }
}

export function mountMenu(root: HTMLElement, options: MenuOptions): MenuHandle {
  const title = el('h1', { className: 'menu__title' });
  const tagline = el('p', { className: 'menu__tagline' });

  const langSwitch = el('div', { className: 'lang-switch' });
  langSwitch.setAttribute('role', 'group');
  const langButtons = languages.map((lang) => {
    // Each language is named in itself, so a pupil can find theirs whatever is shown now.
    const own = messages[lang];
    const button = el('button', { type: 'button', lang, textContent: own.languageCode, title: own.languageName });
    button.addEventListener('click', () => setLang(lang));
    langSwitch.append(button);
    return { lang, button };
  });

  const levelsHeading = el('h2', { id: 'levels-heading', className: 'menu__subtitle' });
  const levelsBody = el('div');
  const nav = el('nav', { className: 'menu__levels' }, levelsHeading, levelsBody);
  nav.setAttribute('aria-labelledby', levelsHeading.id);

  const header = el('header', { className: 'menu__header' }, el('div', {}, title, tagline), langSwitch);
  root.replaceChildren(el('main', { className: 'menu' }, header, nav));

  function renderLevels(lang: Lang): void {
    const t = messages[lang];
    if (options.levels.length === 0) {
      levelsBody.replaceChildren(el('p', { className: 'menu__empty', textContent: t.noLevels }));
      return;
    }
    const items = options.levels.map((level) => {
      const button = el('button', {
        type: 'button',
        className: 'level-button',
        textContent: level.title[lang],
        disabled: !options.onSelectLevel,
      });
      button.dataset.levelId = level.id;
      button.addEventListener('click', () => options.onSelectLevel?.(level.id));
      return el('li', {}, button);
    });
    levelsBody.replaceChildren(el('ul', { className: 'level-list' }, ...items));
  }

  function setLang(lang: Lang): void {
    const t = messages[lang];
    document.documentElement.lang = lang;
    document.title = t.appTitle;
    title.textContent = t.appTitle;
    tagline.textContent = t.tagline;
    langSwitch.setAttribute('aria-label', t.languageSwitchLabel);
    for (const { lang: l, button } of langButtons) button.setAttribute('aria-pressed', String(l === lang));
    levelsHeading.textContent = t.levelsHeading;
    renderLevels(lang);
    storeLang(lang);
  }

  setLang(readStoredLang());
  return { setLang };
}
