// The peer site: Starlight's defaults, plus KaTeX as this site renders it.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  integrations: [starlight({ title: 'Transformer 面试题总结', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } }, customCss: ['katex/dist/katex.min.css'] })],
  markdown: { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] },
});
