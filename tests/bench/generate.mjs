// Writes a synthetic series of valid question files (both languages' prose in each,
// display and inline math, a code block) for the benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TAGS = ['attention', 'softmax', 'embeddings', 'training', 'normalization', 'efficiency'];
const zhProse = [
  '注意力机制根据 Query 与 Key 的相似度，为每个 Value 分配权重，再求加权和。',
  '缩放因子让点积的方差不随维度增长，softmax 因而不会过早饱和，梯度得以保留。',
  '残差连接把输入直接加到子层输出上，使深层网络的梯度可以顺畅地传回前面的层。',
  '多头注意力把表示拆成若干子空间，每个头学习不同的关系，最后拼接并投影回原维度。',
];
const enProse = [
  'Attention weighs each value by how well its key matches the query, then averages.',
  'Scaling keeps the variance of the dot product independent of the dimension, so softmax does not saturate.',
  'The residual stream carries each token forward, and every sublayer adds a correction to it.',
  'Several heads attend in different subspaces and their outputs are concatenated and projected.',
];

function question(n, count) {
  const pick = (list, k) => list[(n + k) % list.length];
  // Neighbours on a ring: every related link is listed back, as the build requires.
  const related = [n === 1 ? count : n - 1, n === count ? 1 : n + 1];
  const para = (k) => `${pick(zhProse, k)}${pick(zhProse, k + 1)} ${pick(enProse, k)} ${pick(enProse, k + 2)}`;
  return `---
number: ${n}
title: "第 ${n} 个合成问题：注意力中的 softmax 与缩放为什么重要？"
short: "合成的简答 ${n}：softmax 把缩放后的注意力分数变成和为一的权重，缩放防止饱和。"
tags: [${pick(TAGS, 0)}, ${pick(TAGS, 3)}]
difficulty: ${['basic', 'intermediate', 'advanced'][n % 3]}
related: [${related.join(', ')}]
---

<h2 id="short-answer">简答</h2>

${para(0)} 分数为 $s_{ij} = q_i^\\top k_j / \\sqrt{d_k}$，权重为 $\\alpha_{ij}$。

<h2 id="explanation">详解</h2>

${para(1)}

$$
\\operatorname{Attention}(Q, K, V) = \\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V
$$

${para(2)} 设 $q, k \\in \\mathbb{R}^{d_k}$ 的分量独立、均值为 0、方差为 1，则

$$
\\operatorname{Var}(q \\cdot k) = \\sum_{i=1}^{d_k} \\operatorname{Var}(q_i k_i) = d_k .
$$

${para(3)}

$$
\\frac{\\partial \\alpha_i}{\\partial s_j} = \\alpha_i (\\delta_{ij} - \\alpha_j)
$$

<h2 id="example">示例</h2>

\`\`\`python
import numpy as np
s = np.array([2.0, 1.0, 0.1]) / np.sqrt(${(n % 7) + 1})
w = np.exp(s - s.max()); w /= w.sum()
print(w.round(3))
\`\`\`

<h2 id="pitfalls">常见错误</h2>

${para(4)}

<h2 id="follow-ups">追问</h2>

- [相关问题 ${related[0]}](/questions/${related[0]}/#explanation)
- ${pick(enProse, 1)}

<h2 id="references">参考文献</h2>

- Vaswani, A., et al. (2017). *Attention Is All You Need*. NeurIPS.
`;
}

export function generateSeries(contentDir, count) {
  const dir = join(contentDir, 'questions', 'zh');
  mkdirSync(dir, { recursive: true });
  // Every language has an about page, even one without questions.
  for (const [lang, text] of [['zh', '关于本站的说明。'], ['en', 'About this site.']]) {
    mkdirSync(join(contentDir, 'pages', lang), { recursive: true });
    writeFileSync(join(contentDir, 'pages', lang, 'about.mdx'), `${text}\n`);
  }
  for (let n = 1; n <= count; n++) writeFileSync(join(dir, `${String(n).padStart(3, '0')}.mdx`), question(n, count));
  // A glossary that grows with the series: one term per ten questions, as the real one has
  // about one per question of 46-100.
  writeFileSync(join(contentDir, 'glossary.yaml'), glossary(count));
}

function glossary(count) {
  const terms = [];
  for (let n = 1; n <= count; n += 10) {
    terms.push(
      [
        `- id: term-${n}`,
        `  zh: 合成术语${n}`,
        `  en: synthetic term ${n}`,
        `  abbr: [ST${n}]`,
        `  aliases: [synthetic concept ${n}]`,
        '  def:',
        `    zh: 第 ${n} 题讲解的合成术语，用来测量术语表随题目数增长的构建成本。`,
        `    en: The synthetic term question ${n} explains, to measure how the glossary scales.`,
        `  questions: [${[n, n + 1].filter((q) => q <= count).join(', ')}]`,
      ].join('\n'),
    );
  }
  return `${terms.join('\n')}\n`;
}
