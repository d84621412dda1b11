import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { type Handler } from 'express';
import type { ErrorRegistry } from '../http/errors.js';

const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/**
 * Swagger UI's files, from the npm package: the docs page needs no network. Only GET and
 * HEAD reach the files; anything else, and a file that is not there, falls through to the
 * request path (a 404 or 405 problem).
 */
export function docsAssets(): Handler {
  const files = express.static(swaggerUiDir, { index: false, maxAge: '1h', fallthrough: true, dotfiles: 'deny' });
  return function serveDocsAsset(req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    return files(req, res, next);
  };
}

/** The API reference page: Swagger UI over /openapi.yaml, with nothing loaded from elsewhere. */
export function docsPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Influgentic API reference</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: '/openapi.yaml',
      dom_id: '#swagger-ui',
      deepLinking: true,
      validatorUrl: null,
      layout: 'BaseLayout',
      presets: [SwaggerUIBundle.presets.apis],
    });
  </script>
</body>
</html>
`;
}

/** Every error code the server can answer with, by area; problem `type` URIs point here. */
export function errorsPage(registries: readonly { readonly area: string; readonly errors: ErrorRegistry<string> }[]): string {
  const rows = registries
    .flatMap(({ area, errors }) =>
      Object.values(errors).map(
        (factory) =>
          `<tr id="${factory.code}"><td><code>${factory.code}</code></td><td>${factory.status}</td><td>${escapeHtml(factory.title)}</td><td>${area}</td></tr>`,
      ),
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Influgentic error codes</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}td,th{padding:.3rem .8rem;text-align:left;border-bottom:1px solid #ddd}code{font-size:1rem}</style>
</head>
<body>
<h1>Error codes</h1>
<p>Every error is an <code>application/problem+json</code> body (RFC 9457) with a stable <code>code</code>; its <code>type</code> links to the row below.</p>
<table><thead><tr><th>code</th><th>status</th><th>title</th><th>area</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
