/**
 * Fills `{name}` placeholders in an interface string. One implementation for the
 * build (`t()`) and the browser scripts, which get their strings as templates.
 * A placeholder without a value stays as it is, so a missing one shows up.
 */
export function format(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] !== undefined ? String(params[k]) : m));
}
