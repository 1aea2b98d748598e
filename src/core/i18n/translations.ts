import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StringsTable } from '../strings.js';

/** Loads one language's complete strings table for an element (a dynamic import: loaded on first use). */
export type TranslationLoader<S extends StringsTable = StringsTable> = () => Promise<{ default: S }>;

/** An element's translations by primary language subtag (`de`, `es`, `ar`); English is the default table. */
export type Translations<S extends StringsTable = StringsTable> = Partial<Record<string, TranslationLoader<S>>>;

/** The primary language of a BCP 47 tag: `de-AT` → `de`. */
export function languageOf(locale: string | undefined): string {
  return (locale ?? 'en').split('-')[0]!.toLowerCase();
}

/**
 * The `lang` in effect for an element: its own or its nearest ancestor's, crossing shadow roots
 * (a section inside `<account-settings>` inside `<div lang="de">` is German).
 */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  // Server rendering (@lit-labs/ssr) gives no DOM tree to search: no inherited lang there.
  if (typeof node.closest !== 'function') return undefined;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Keeps the host's translated table for its current language: loads it lazily when the language
 * changes, ignores a load that a newer language change overtook, and falls back to English (no
 * table) for a language without translations or when loading fails.
 */
export class TranslationController<S extends StringsTable> implements ReactiveController {
  /** The loaded table for `language`, if any. */
  table: S | undefined;
  private language = 'en';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly translations: () => Translations<S>,
    private readonly locale: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const language = languageOf(this.locale());
    if (language === this.language) return;
    this.language = language;
    this.table = undefined;
    const load = this.translations()[language];
    if (!load) return;
    load().then(
      (module) => {
        if (this.language !== language) return;
        this.table = module.default;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }
}
