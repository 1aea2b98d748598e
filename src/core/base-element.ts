import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { displayContext, providerContext, type DisplayContext } from './context.js';
import type { ProviderErrorLike } from './errors.js';
import { fire, type AccountWidgetEventDetails, type AccountWidgetEventName } from './events.js';
import type { DisplaySettings } from './format.js';
import type { AccountDataProvider } from './provider.js';
import { commonStrings, mergeStrings, type CommonStrings, type StringsTable } from './strings.js';
import { closestLang, TranslationController, type Translations } from './i18n/translations.js';
import { pickTimeZone } from './time-zone.js';
import { DEV } from './dev.js';
import { providerProblems, reportProviderProblems, REQUIRED_PROVIDER_METHODS, type ProviderMethodName } from './provider-check.js';

const warnedAttribute = new WeakSet<Element>();

/** See {@link PawElement.bridge}. */
export interface ElementBridge {
  /** The locale in effect. */
  locale(): string | undefined;
  /** The time zones set on the element and inherited, in priority order. */
  timeZones(): ReadonlyArray<string | undefined>;
  /** Turns a CSS custom state on or off. */
  setState(name: string, on: boolean): void;
}

/** Canonical locale by tag as written (`undefined`: not a valid tag); asked on every update, and ICU is slow to answer. */
const canonicalLocales = new Map<string, string | undefined>();
function canonicalLocale(lang: string): string | undefined {
  if (canonicalLocales.has(lang)) return canonicalLocales.get(lang);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(lang)[0];
  } catch {
    canonical = undefined;
  }
  // Tags come from attributes and the page's `lang`: few, but bounded anyway.
  if (canonicalLocales.size >= 64) canonicalLocales.clear();
  canonicalLocales.set(lang, canonical);
  return canonical;
}

/**
 * The base of every element in the library: provider lookup (own `provider` property first,
 * then the nearest ancestor that provides one through `@lit/context`), typed `emit`, the text
 * table with a `strings` override, `locale` / `time-zone` resolution and CSS custom states.
 */
export abstract class PawElement<S extends StringsTable = CommonStrings> extends LitElement {
  /** The element's default text (English); subclasses replace it with their own typed table. */
  static defaultStrings: StringsTable = commonStrings;

  /**
   * The provider methods this element cannot work without. A provider set on it (or inherited)
   * that lacks one of them, or has a method that is not a function, is reported once to the
   * console and the element shows the "misconfigured" state (`:state(misconfigured)`) instead
   * of loading.
   */
  static providerMethods: readonly ProviderMethodName[] = REQUIRED_PROVIDER_METHODS;

  /** Complete strings tables in other languages, loaded on first use (`{ de: () => import('./i18n/de.js') }`). */
  static translations: Translations = {};

  private readonly translation = new TranslationController<S>(
    this,
    () => (this.constructor as typeof PawElement).translations as Translations<S>,
    () => this.resolvedLocale,
  );

  protected readonly internals: ElementInternals = this.attachInternals();

  @consume({ context: providerContext, subscribe: true })
  @state()
  private inheritedProvider: AccountDataProvider | undefined;

  @consume({ context: displayContext, subscribe: true })
  @state()
  protected inheritedDisplay: DisplayContext | undefined;

  /**
   * The data provider. When unset, the element uses the one provided by its nearest
   * ancestor (`<account-settings>` provides its own).
   */
  @property({ attribute: false })
  provider: AccountDataProvider | undefined;

  /** BCP 47 locale for numbers, money and dates. Defaults to the nearest `lang`, then the browser's. */
  @property({ reflect: true })
  locale: string | undefined;

  /**
   * IANA time zone for dates and date ranges. Defaults to the user's time zone, then the
   * account's, then the browser's.
   */
  @property({ attribute: 'time-zone', reflect: true })
  timeZone: string | undefined;

  /**
   * `light` or `dark` pins the colour scheme; unset, the element follows the `color-scheme` the
   * page declares, as a native form control does: `light dark` follows the user's preference,
   * `dark` is dark, and a page that declares none (a light-only portal) stays light.
   */
  @property({ reflect: true })
  theme: 'light' | 'dark' | undefined;

  /** Overrides for any of the element's text (see its strings table). */
  @property({ attribute: false })
  strings: Partial<S> | undefined;

  /**
   * The provider in effect: the `provider` property, else the inherited one — unless it does not
   * implement the contract (see `providerMethods`): then `undefined`, and the element says the
   * provider is misconfigured.
   */
  get dataProvider(): AccountDataProvider | undefined {
    const provider = this.suppliedProvider;
    const misconfigured = this.isMisconfigured(provider);
    if (this.misconfiguredState !== misconfigured) {
      this.misconfiguredState = misconfigured;
      this.setCssState('misconfigured', misconfigured);
    }
    return misconfigured ? undefined : provider;
  }

  /** The `misconfigured` custom state as last set (read on every render: set only when it changes). */
  private misconfiguredState: boolean | undefined;
  /** The last provider checked and its verdict (`providerProblems` is memoised per provider; this skips even that). */
  private checkedProvider: { provider: unknown; misconfigured: boolean } | undefined;
  /** The text table last built, and what it was built from (rows ask for it once each per render). */
  private textMemo: { defaults: StringsTable; translated: unknown; strings: unknown; misconfigured: boolean; text: S } | undefined;

  /** The provider set or inherited, as given (what `<account-settings>` passes on to its sections). */
  protected get suppliedProvider(): AccountDataProvider | undefined {
    return this.provider ?? this.inheritedProvider;
  }

  /** True when a provider is set or inherited but lacks (or mistypes) a method this element needs. */
  protected get providerMisconfigured(): boolean {
    return this.isMisconfigured(this.suppliedProvider);
  }

  private isMisconfigured(provider: unknown): boolean {
    const checked = this.checkedProvider;
    if (checked && checked.provider === provider) return checked.misconfigured;
    const misconfigured = this.checkMisconfigured(provider);
    this.checkedProvider = { provider, misconfigured };
    return misconfigured;
  }

  private checkMisconfigured(provider: unknown): boolean {
    const problems = providerProblems(provider);
    if (!problems) return false;
    reportProviderProblems(provider, problems, this.localName);
    const needs = (this.constructor as typeof PawElement).providerMethods;
    return problems.notAnObject !== undefined || problems.notFunctions.length > 0 || problems.missing.some((name) => needs.includes(name));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `provider` is a property only: an attribute (`provider="demo"`) would silently do nothing.
    if (this.hasAttribute('provider') && !warnedAttribute.has(this)) {
      warnedAttribute.add(this);
      console.warn(
        DEV
          ? `pbx-account-widgets: <${this.localName} provider="${this.getAttribute('provider')}">: \`provider\` is a property, not an attribute — set it from script (el.provider = new HttpProvider({ baseUrl }), or .provider=\${…} in Lit, a prop in React/Vue). The attribute is ignored.`
          : `pbx-account-widgets: <${this.localName}>: the provider attribute is ignored (a property)`,
      );
    }
  }

  /** The element's text: its defaults (English), its translation for the locale, the host's overrides. */
  protected get text(): S {
    const defaults = (this.constructor as typeof PawElement).defaultStrings as S;
    const translated = this.translation.table;
    const strings = this.strings;
    const misconfigured = this.providerMisconfigured;
    const memo = this.textMemo;
    if (
      memo &&
      memo.defaults === defaults &&
      memo.translated === translated &&
      memo.strings === strings &&
      memo.misconfigured === misconfigured
    ) {
      return memo.text;
    }
    let text = mergeStrings(defaults, translated || strings ? ({ ...translated, ...strings } as Partial<S>) : undefined);
    // A misconfigured provider leaves the element without one: say why instead of "No data provider configured."
    if (typeof text.noProvider === 'string' && typeof text.misconfiguredProvider === 'string' && misconfigured) {
      text = { ...text, noProvider: text.misconfiguredProvider };
    }
    this.textMemo = { defaults, translated, strings, misconfigured, text };
    return text;
  }

  /** The locale in effect. */
  protected get resolvedLocale(): string | undefined {
    const lang = this.locale || this.inheritedDisplay?.locale || closestLang(this);
    return lang ? canonicalLocale(lang) : undefined;
  }

  /** Locale and time zone for formatting; `derivedZone` is the provider's (user → account), when known. */
  protected display(derivedZone?: string): DisplaySettings {
    return {
      locale: this.resolvedLocale,
      timeZone: pickTimeZone(this.timeZone, this.inheritedDisplay?.timeZone, derivedZone),
    };
  }

  /**
   * What the element's controllers read of it and set on it (its locale, the zones set on it or
   * inherited, its custom states): one object, so controllers need no access to protected members.
   */
  protected readonly bridge: ElementBridge = {
    locale: () => this.resolvedLocale,
    timeZones: () => [this.timeZone, this.inheritedDisplay?.timeZone],
    setState: (name, on) => this.setCssState(name, on),
  };

  /** Fires a bubbling, composed event declared in `HTMLElementEventMap`. */
  protected emit<K extends AccountWidgetEventName>(name: K, detail: AccountWidgetEventDetails[K]): boolean {
    return fire(this, name, detail);
  }

  /** Fires `provider-error` for a failed load or change. */
  reportProviderError(error: ProviderErrorLike, operation: string): void {
    this.emit('provider-error', { error, operation });
  }

  /** Turns a CSS custom state (`:state(name)`) on or off. */
  protected setCssState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet: the state is cosmetic only.
    }
  }
}
