const rules = new Map<string, Intl.PluralRules>();

/** Picks the plural form of `n` for a language (`ar` has zero/one/two/few/many/other). */
export function plural(n: number, language: string, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return forms[rule.select(n)] ?? forms.other;
}
