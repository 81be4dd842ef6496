import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../context.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A plain start page at `/` until the web console is served there: what this server is and where to go. No
 * script, so it stands under the strictest content security policy.
 */
export const homeRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  const plans = ctx.plans
    .list()
    .map((plan) => `<li>${escapeHtml(plan.plan.meta.title)}(${escapeHtml(plan.id)} ${escapeHtml(plan.version)})</li>`)
    .join('');
  const page = `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>暖城 nuancheng</title></head>
<body>
<h1>暖城 nuancheng</h1>
<p>${escapeHtml(ctx.geography.cityName)}政府预案的运行系统。已加载的预案:</p>
<ul>${plans}</ul>
<ul>
<li><a href="/docs">接口文档(OpenAPI;登录后在 Authorize 中填入令牌)</a></li>
<li><a href="/api/warnings">当前预警(JSON)</a> · <a href="/api/warnings/feed.atom">预警订阅(Atom)</a></li>
<li><a href="/healthz">运行状态</a></li>
</ul>
</body>
</html>
`;
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(page),
  );
};
