/**
 * Search queries as readers type them, with the question(s) a reader means. Written
 * from the question titles and the way people search (abbreviations, the other
 * language's term, typos, nonsense) BEFORE any ranking was tuned, and not edited
 * to fit the ranking afterwards. `expect` lists every question that is a right first
 * answer; an empty list means the query is nonsense and must show no results.
 *
 * This file has no imports so plain Node (the benchmark) and Vitest can both load it.
 */
export type QueryKind = 'topic' | 'abbreviation' | 'other-language' | 'typo' | 'nonsense';
export interface SearchCase {
  lang: 'zh' | 'en';
  query: string;
  kind: QueryKind;
  expect: number[];
}

const zh = (query: string, kind: QueryKind, ...expect: number[]): SearchCase => ({ lang: 'zh', query, kind, expect });
const en = (query: string, kind: QueryKind, ...expect: number[]): SearchCase => ({ lang: 'en', query, kind, expect });

export const SEARCH_CASES: SearchCase[] = [
  // Chinese site, topics
  zh('多头注意力', 'topic', 52),
  zh('因果掩码', 'topic', 53),
  zh('填充掩码', 'topic', 53),
  zh('位置编码', 'topic', 54),
  zh('层归一化', 'topic', 55),
  zh('批归一化', 'topic', 55),
  zh('前馈网络', 'topic', 57),
  zh('KV 缓存', 'topic', 58),
  zh('残差连接', 'topic', 64),
  zh('交叉注意力', 'topic', 65),
  zh('相对位置编码', 'topic', 68),
  zh('激活函数', 'topic', 70),
  zh('混合专家', 'topic', 73),
  zh('稀疏注意力', 'topic', 74),
  zh('教师强制', 'topic', 77),
  zh('标签平滑', 'topic', 78),
  zh('学习率预热', 'topic', 79),
  zh('混合精度', 'topic', 81),
  zh('流水线并行', 'topic', 83),
  zh('缩放定律', 'topic', 84),
  zh('束搜索', 'topic', 86),
  zh('投机解码', 'topic', 87),
  zh('量化', 'topic', 88),
  zh('知识蒸馏', 'topic', 94),
  zh('困惑度', 'topic', 98),
  zh('幻觉', 'topic', 99),
  zh('词嵌入 偏见', 'topic', 48),
  zh('为什么除以根号dk', 'topic', 51),
  zh('FlashAttention', 'topic', 59),
  zh('SwiGLU', 'topic', 70),
  zh('RMSNorm', 'topic', 71),
  zh('LoRA', 'topic', 90),
  zh('DPO', 'topic', 92),
  zh('ALiBi', 'topic', 68),
  zh('PagedAttention', 'topic', 89),
  zh('Pre-LN', 'topic', 56),
  // Chinese site, abbreviations and English terms readers type
  zh('MHA', 'abbreviation', 52),
  zh('FFN', 'abbreviation', 57),
  zh('GQA', 'abbreviation', 72),
  zh('MoE', 'abbreviation', 73),
  zh('RLHF', 'abbreviation', 91),
  zh('ViT', 'abbreviation', 96),
  zh('positional encoding', 'other-language', 54),
  zh('layer normalization', 'other-language', 55),
  zh('speculative decoding', 'other-language', 87),
  zh('knowledge distillation', 'other-language', 94),
  zh('label smoothing', 'other-language', 78),
  // English site, topics
  en('multi-head attention', 'topic', 52),
  en('layer normalization', 'topic', 55),
  en('layer normalisation', 'topic', 55),
  en('positional encoding', 'topic', 54),
  en('KV cache', 'topic', 58),
  en('causal mask', 'topic', 53),
  en('padding mask', 'topic', 53),
  en('why divide by sqrt dk', 'topic', 51),
  en('feed-forward network', 'topic', 57),
  en('grouped-query attention', 'topic', 72),
  en('mixture of experts', 'topic', 73),
  en('speculative decoding', 'topic', 87),
  en('quantization', 'topic', 88),
  en('quantisation', 'topic', 88),
  en('continuous batching', 'topic', 89),
  en('knowledge distillation', 'topic', 94),
  en('teacher forcing', 'topic', 77),
  en('exposure bias', 'topic', 77),
  en('mixed precision', 'topic', 81),
  en('pipeline parallelism', 'topic', 83),
  en('scaling laws', 'topic', 84),
  en('beam search', 'topic', 86),
  en('nucleus sampling', 'topic', 86),
  en('induction heads', 'topic', 93),
  en('vision transformer', 'topic', 96),
  en('perplexity', 'topic', 98),
  en('hallucination', 'topic', 99),
  en('attention sink', 'topic', 100),
  en('residual stream', 'topic', 64),
  en('cross-attention', 'topic', 65),
  en('tokenizer', 'topic', 67),
  en('byte pair encoding', 'topic', 67),
  en('rmsnorm', 'topic', 71),
  en('sparse attention', 'topic', 74),
  en('bias in word embeddings', 'topic', 48),
  en('learning rate warmup', 'topic', 79),
  // English site, abbreviations
  en('MHA', 'abbreviation', 52),
  en('FFN', 'abbreviation', 57),
  en('GQA', 'abbreviation', 72),
  en('MoE', 'abbreviation', 73),
  en('PE', 'abbreviation', 54),
  en('LN', 'abbreviation', 55, 56, 71),
  en('MLM', 'abbreviation', 76, 95),
  en('RLHF', 'abbreviation', 91),
  en('BPE', 'abbreviation', 67),
  // English site, Chinese terms
  en('位置编码', 'other-language', 54),
  en('多头注意力', 'other-language', 52),
  en('层归一化', 'other-language', 55),
  en('知识蒸馏', 'other-language', 94),
  en('因果掩码', 'other-language', 53),
  en('混合专家', 'other-language', 73),
  // Typos (Latin words of five letters or more, one or two edits away)
  en('attension mask', 'typo', 53, 49),
  en('quantizaton', 'typo', 88),
  en('distilation', 'typo', 94),
  en('perplexty', 'typo', 98),
  en('halucination', 'typo', 99),
  en('positonal encoding', 'typo', 54),
  en('specualtive decoding', 'typo', 87),
  en('layernrom', 'typo', 55),
  zh('flashatention', 'typo', 59),
  zh('dropuot', 'typo', 80),
  // Nonsense: no results, not confident junk
  en('xyzzyq', 'nonsense'),
  en('blorptangle', 'nonsense'),
  en('qwrtplkj', 'nonsense'),
  en('zzzzzz', 'nonsense'),
  zh('xyzzyq', 'nonsense'),
  zh('asdfghjk', 'nonsense'),
  zh('香蕉面包', 'nonsense'),
  zh('火锅底料', 'nonsense'),
];
