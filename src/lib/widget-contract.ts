import { format, type Template } from './format';
import type { UiKey } from './i18n';

/**
 * The contract between a widget's markup and its script: which interface strings the
 * script needs. The component passes `widgetStrings(lang, widget)` (widget-strings.ts)
 * as `data-strings`; the script reads it back as `WidgetStrings<widget>` and fills the
 * templates with `fill()`. This module holds no dictionary, so scripts stay small.
 */
export const WIDGET_KEYS = {
  study: ['copyLink', 'copied', 'copyFailed', 'drillProgress', 'drillDone', 'drillSummary', 'copyCode', 'codeCopied'],
  progress: ['progressSummary', 'importDone', 'importFailed', 'importPlan', 'importCancelled', 'importNothing', 'importIgnored', 'statusMastered', 'statusReview'],
  search: ['searchLoading', 'searchNoResults', 'searchResults', 'searchError', 'searchCorrected', 'questionN'],
  explorer: ['explorerScores', 'explorerOutput', 'explorerRowSummary', 'explorerDiagonalSummary'],
  drillForm: ['drillEmpty'],
  rating: ['nextReview', 'storageFailed'],
  review: ['reviewOverdue', 'reviewUpcomingDay', 'reviewStart', 'questionN', 'storageFailed', 'dueToday'],
  offline: ['offlineSaving', 'offlineSaved', 'offlineSaveFailed', 'updateReady', 'updateReload'],
  offlinePage: ['offlineSavedCount'],
} as const satisfies Record<string, readonly UiKey[]>;

export type Widget = keyof typeof WIDGET_KEYS;
/** Unfilled templates, with the page's locale for plural forms. */
export type WidgetStrings<W extends Widget> = { locale: string } & Record<(typeof WIDGET_KEYS)[W][number], Template>;

/** One of a widget's strings, filled: `format()` with the page's locale. */
export function fill<K extends string>(s: { locale: string } & Record<K, Template>, key: K, params: Record<string, string | number | undefined> = {}): string {
  return format(s[key], params, s.locale);
}
