import { htmlLang, template } from './i18n';
import type { Lang } from './locales';
import { WIDGET_KEYS, type Widget, type WidgetStrings } from './widget-contract';

/** A widget's strings for its `data-strings` attribute (see widget-contract.ts). */
export function widgetStrings<W extends Widget>(lang: Lang, widget: W): WidgetStrings<W> {
  const entries = WIDGET_KEYS[widget].map((key) => [key, template(lang, key)] as const);
  return { locale: htmlLang(lang), ...Object.fromEntries(entries) } as WidgetStrings<W>;
}
