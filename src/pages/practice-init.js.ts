import { practiceInitScript } from '../lib/practice';

export const GET = () => new Response(practiceInitScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
