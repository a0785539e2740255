import type { Difficulty, Lang, Tag } from './taxonomy';

/** The Chinese dictionary is the source of keys; every other language must match it. */
const zh = {
  siteTitle: 'Transformer 面试题总结',
  siteTagline: '把每道 Transformer 面试题讲对、讲透：简答、推导、示例、常见错误与追问。',
  home: '首页',
  skipToContent: '跳到正文',
  breadcrumb: '当前位置',
  questionN: '第 {n} 题',
  partTitle: '第 {start}–{end} 题',
  partCount: '共 {count} 题',
  prev: '上一题',
  next: '下一题',
  seriesNav: '题目导航',
  inThisPart: '本部分题目',
  related: '相关题目',
  onThisPage: '本页目录',
  tags: '标签',
  difficulty: '难度',
  sectionLink: '本节链接：{title}',
  searchLabel: '搜索题目',
  searchPlaceholder: '搜索：softmax、注意力……',
  searchSubmit: '搜索',
  searchTitle: '搜索',
  searchLoading: '正在搜索……',
  searchNoResults: '没有找到相关题目。',
  searchResults: '找到 {count} 个结果',
  searchNeedsJs: '搜索需要启用 JavaScript。你也可以从首页按题号浏览全部题目。',
  searchError: '搜索暂时不可用，请稍后再试。',
  notFoundTitle: '找不到这个页面',
  notFoundText: '这个地址没有对应的页面。题目的地址形如 /questions/46/，你也可以用搜索找到想看的题目。',
  backHome: '返回首页',
  allQuestions: '全部题目',
  footer: '内容以中文为准，欢迎指出错误。',
  'difficulty.basic': '基础',
  'difficulty.intermediate': '进阶',
  'difficulty.advanced': '深入',
  'tag.attention': '注意力',
  'tag.softmax': 'softmax',
  'tag.embeddings': '词嵌入',
  'tag.training': '训练',
  'tag.bias': '偏差',
  'tag.masking': '掩码',
  'tag.position': '位置编码',
  'tag.normalization': '归一化',
  'tag.architecture': '架构',
  'tag.efficiency': '效率',
  'tag.inference': '推理',
  'tag.multimodal': '多模态',
  'tag.interpretability': '可解释性',
  'tag.theory': '理论',
} as const;

export type UiKey = keyof typeof zh;

const en: Record<UiKey, string> = {
  siteTitle: 'Transformer Interview Questions',
  siteTagline: 'Transformer interview questions answered right and in depth: short answer, derivation, example, common mistakes and follow-ups.',
  home: 'Home',
  skipToContent: 'Skip to content',
  breadcrumb: 'Breadcrumb',
  questionN: 'Question {n}',
  partTitle: 'Questions {start}–{end}',
  partCount: '{count} questions',
  prev: 'Previous',
  next: 'Next',
  seriesNav: 'Question navigation',
  inThisPart: 'In this part',
  related: 'Related questions',
  onThisPage: 'On this page',
  tags: 'Tags',
  difficulty: 'Difficulty',
  sectionLink: 'Link to section: {title}',
  searchLabel: 'Search questions',
  searchPlaceholder: 'Search: softmax, attention…',
  searchSubmit: 'Search',
  searchTitle: 'Search',
  searchLoading: 'Searching…',
  searchNoResults: 'No matching questions.',
  searchResults: '{count} results',
  searchNeedsJs: 'Search needs JavaScript. You can also browse every question by number from the home page.',
  searchError: 'Search is unavailable right now; please try again later.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. Question pages look like /en/questions/46/; search can also find the question you want.',
  backHome: 'Back to the home page',
  allQuestions: 'All questions',
  footer: 'The Chinese text is the reference version. Corrections are welcome.',
  'difficulty.basic': 'Basic',
  'difficulty.intermediate': 'Intermediate',
  'difficulty.advanced': 'Advanced',
  'tag.attention': 'Attention',
  'tag.softmax': 'Softmax',
  'tag.embeddings': 'Embeddings',
  'tag.training': 'Training',
  'tag.bias': 'Bias',
  'tag.masking': 'Masking',
  'tag.position': 'Position encoding',
  'tag.normalization': 'Normalization',
  'tag.architecture': 'Architecture',
  'tag.efficiency': 'Efficiency',
  'tag.inference': 'Inference',
  'tag.multimodal': 'Multimodal',
  'tag.interpretability': 'Interpretability',
  'tag.theory': 'Theory',
};

export const dictionaries: Record<Lang, Record<UiKey, string>> = { zh, en };

/** Each language's name in itself, for the language switch. */
export const languageName: Record<Lang, string> = { zh: '中文', en: 'English' };

/** BCP 47 tag for `<html lang>`; Pagefind also reads it to pick its word segmenter. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export const tagName = (lang: Lang, tag: Tag) => t(lang, `tag.${tag}`);
export const difficultyName = (lang: Lang, d: Difficulty) => t(lang, `difficulty.${d}`);

/** Content files live in `content/questions/<lang>/`; the folder names the language. */
export function langFromContentPath(path: string): Lang {
  return /[\\/]questions[\\/]en[\\/]/.test(path) ? 'en' : 'zh';
}
