/**
 * A UI string: plain, or one form per CLDR plural category (English "1 result" /
 * "2 results"). Plural forms are chosen by the `count` parameter.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Template = string | PluralForms;

/** The form of `template` for `count` in `locale`, by `Intl.PluralRules`. */
export function pluralForm(template: Template, count: number, locale: string): string {
  if (typeof template === 'string') return template;
  return template[new Intl.PluralRules(locale).select(count)] ?? template.other;
}

/**
 * Fills `{name}` placeholders in an interface string. One implementation for the
 * build (`t()`) and the browser scripts, which get their strings as templates.
 * A placeholder without a value stays as it is, so a missing one shows up.
 */
export function format(template: Template, params: Record<string, string | number | undefined>, locale = 'en'): string {
  const text = pluralForm(template, Number(params.count ?? 0), locale);
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] !== undefined ? String(params[k]) : m));
}
