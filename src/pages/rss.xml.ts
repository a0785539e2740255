import type { APIContext } from 'astro';
import { questionFeed } from '../lib/feed-endpoint';

export const GET = (context: APIContext) => questionFeed('zh', context);
