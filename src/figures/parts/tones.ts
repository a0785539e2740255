/**
 * The colours a diagram may use, by role rather than by hue: a..d are the series
 * colours of the figure tokens in global.css, each with a soft fill; muted is for
 * what is dropped, masked or not computed.
 */
export const TONES = ['plain', 'a', 'b', 'c', 'd', 'muted'] as const;
export type Tone = (typeof TONES)[number];
