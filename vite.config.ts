import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { cspForMeta } from './shared/csp';

// The built app carries its CSP as a <meta> tag; the dev server cannot (React refresh needs an
// inline script), so the tag is added at build time only.
function cspMeta(): Plugin {
  return {
    name: 'mazmun-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspForMeta()}" />`,
      ),
  };
}

// The renderer is a plain web app: `npm run web` serves it, Electron loads the built files.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173 },
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  // The heavy-work worker (renderer/workers/) is an ES module like the page: the same loading
  // rules on file:// and http, and its exporters (ExcelJS, the report font) in chunks of their own.
  worker: { format: 'es' },
});
