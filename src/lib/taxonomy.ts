/**
 * The fixed vocabularies of the series. The content schema, the pages and the
 * content tests all read them from here so a new tag or section is added once.
 */

export { LANGS, type Lang } from './locales';

/** Topic tags a question may carry. Display names live in the i18n dictionary. */
export const TAGS = [
  'attention',
  'softmax',
  'embeddings',
  'training',
  'bias',
  'masking',
  'position',
  'normalization',
  'architecture',
  'efficiency',
  'inference',
  'multimodal',
  'interpretability',
  'theory',
  'tokenization',
  'pretraining',
  'optimization',
  'regularization',
  'finetuning',
  'alignment',
  'evaluation',
] as const;
export type Tag = (typeof TAGS)[number];

export const DIFFICULTIES = ['basic', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * Section ids every question page carries, in this order. They are part of the
 * public URL of an answer (people share `/questions/49/#pitfalls`), so they
 * never change when a heading's text is edited. `example` is the only optional one.
 */
export const SECTION_IDS = [
  'short-answer',
  'explanation',
  'example',
  'pitfalls',
  'follow-ups',
  'references',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export const OPTIONAL_SECTION_IDS: readonly SectionId[] = ['example'];
