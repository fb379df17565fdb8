import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));
const srcDir = fileURLToPath(new URL('./src', import.meta.url));
const generatedDocuments = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt)$/;

function* builtFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* builtFiles(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

/**
 * Brotli and gzip beside every built file, at their strongest levels: the server picks one by the browser's
 * Accept-Encoding (server/src/core/http/static-client.ts) without compressing anything per request.
 * Runs after the service worker is written, so sw.js is compressed too.
 */
function precompress(): Plugin {
  return {
    name: 'coalition-precompress',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const file of builtFiles(outDir)) {
          const source = fs.readFileSync(file);
          fs.writeFileSync(`${file}.gz`, zlib.gzipSync(source, { level: 9 }));
          fs.writeFileSync(
            `${file}.br`,
            zlib.brotliCompressSync(source, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length },
            }),
          );
        }
      },
    },
  };
}

/**
 * index.html names only the small entry (src/main.tsx), which starts the first page's data and strings; it
 * imports React, Mantine and the sign-in page (src/boot.tsx) dynamically. A modulepreload of that chunk and of
 * everything it imports statically lets the browser download them from the start, beside the entry.
 */
function preloadBoot(): Plugin {
  return {
    name: 'coalition-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const boot = chunks.find((chunk) => chunk.isDynamicEntry && chunk.moduleIds.some((id) => id.endsWith('/src/boot.tsx')));
        if (!boot) throw new Error('coalition-preload-boot: no chunk for src/boot.tsx');
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const found = new Set<string>();
        const visit = (fileName: string): void => {
          if (found.has(fileName) || entries.has(fileName)) return;
          found.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(boot.fileName);
        return {
          html,
          tags: [...found].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}

/**
 * Each `graphql(\`query Name …\`)` of the client's code becomes an import of that one document, parsed at
 * build time (what codegen's own Babel plugin does, without Babel), each document a module of its own.
 * Without it every signed-in page loads src/gql/gql.ts: a map from each document's text to its parsed form
 * for the whole application, 190 KB of script to download and parse before the first signed-in page; and
 * src/gql/graphql.ts as one module would still put every page's documents into one shared chunk.
 */
const DOCUMENT_MODULE = 'virtual:coalition-document/';
function graphqlDocuments(): Plugin {
  const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const NAMED = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
  let documents: Map<string, string> | null = null;
  const generated = (): Map<string, string> => {
    if (documents) return documents;
    documents = new Map();
    // codegen writes each document on one line: export const NameDocument = {…} as unknown as DocumentNode<…>;
    for (const line of fs.readFileSync(generatedDocuments, 'utf8').split('\n')) {
      const match = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
      if (match) documents.set(match[1]!, match[2]!);
    }
    return documents;
  };
  return {
    name: 'coalition-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    transform(code, id) {
      const [file] = id.split('?');
      if (!file?.startsWith(srcDir) || file.startsWith(path.dirname(generatedDocuments)) || !code.includes('graphql(`'))
        return undefined;
      const imports = new Set<string>();
      const replaced = code.replace(CALL, (_call, text: string) => {
        const match = NAMED.exec(text);
        if (!match) throw new Error(`${file}: a graphql() document without a named operation or fragment`);
        const variable = `${match[2]}${match[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        if (!generated().has(variable))
          throw new Error(`${file}: ${variable} is not in src/gql/graphql.ts (run npm run codegen)`);
        imports.add(variable);
        return `__document_${variable}`;
      });
      const header = [...imports].map((v) => `import __document_${v} from '${DOCUMENT_MODULE}${v}';`).join('');
      return { code: `${header}${replaced}`, map: null };
    },
    resolveId(source) {
      return source.startsWith(DOCUMENT_MODULE) ? `\0${source}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT_MODULE}`)) return undefined;
      this.addWatchFile(generatedDocuments);
      const document = generated().get(id.slice(DOCUMENT_MODULE.length + 1));
      if (!document) throw new Error(`no document ${id}`);
      return `export default ${document};`;
    },
    watchChange(id) {
      if (id === generatedDocuments) documents = null;
    },
  };
}

/**
 * @mantine/hooks' useId, which every Mantine input, popover and app shell calls, resolved to
 * src/core/mantine-stable-id.ts (why: there). Only that module is replaced; the package's other hooks are its own.
 */
const MANTINE_USE_ID = /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]use-id[\\/]use-id\.mjs$/;
const STABLE_ID = fileURLToPath(new URL('./src/core/mantine-stable-id.ts', import.meta.url));
function stableMantineIds(): Plugin {
  return {
    name: 'coalition-stable-mantine-ids',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('use-id.mjs')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && MANTINE_USE_ID.test(resolved.id) ? STABLE_ID : null;
    },
  };
}

/**
 * Apollo (and the GraphQL libraries under it) as one chunk: every page after sign-in needs all of it at once,
 * and Rollup would otherwise cut it into as many pieces as there are combinations of hooks pages use, each
 * one more request (and, over HTTP/1.1 on a slow link, one more round trip) before the first signed-in page.
 * The sign-in page loads none of it (tests/client/bundle-size.test.ts); React, which Apollo imports, has its
 * own chunk, or Rollup would put it into Apollo's.
 */
const REACT = /\/node_modules\/(?:react|react-dom|scheduler)\/|^\0commonjsHelpers/;
const LOCALE = /\/src\/locales\/([\w-]+)\/([\w-]+)\.json$/;
const APOLLO = /\/node_modules\/(?:@apollo|graphql|optimism|@wry|ts-invariant|zen-observable-ts|rehackt|symbol-observable)\//;

export default defineConfig({
  plugins: [
    stableMantineIds(),
    graphqlDocuments(),
    react(),
    preloadBoot(),
    VitePWA({
      // Registered from core/service-worker.ts (virtual:pwa-register): no inline script, which the CSP refuses.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        // The app shell: the page, its scripts and styles. Data never goes into the cache: GraphQL is POST,
        // and exports, statement files and briefing files are left to the network.
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [
          /^\/graphql/,
          /^\/health/,
          /^\/metrics/,
          /^\/exports\//,
          /^\/statements\/[^/]+\.[^/]+$/,
          /^\/briefings\/[^/]+\/files\//,
        ],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
    precompress(),
  ],
  // The shared package is compiled to CommonJS for the server; the browser takes its source.
  resolve: { alias: { '@coalition/shared': sharedSource } },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (REACT.test(id)) return 'react';
          if (APOLLO.test(id)) return 'apollo';
          // Each language's namespace stays a file of its own (core/locale-files.ts loads one at a time): a
          // manual chunk is never merged into others by experimentalMinChunkSize below.
          const locale = LOCALE.exec(id);
          return locale ? `locale-${locale[1]}-${locale[2]}` : undefined;
        },
        // Rollup cuts what pages share into as many chunks as there are sets of pages sharing it: the signed-in
        // shell and the dashboard fetched ~20 of a few hundred bytes each, every one a request, a modulepreload
        // link inserted by Vite's helper and a script evaluated in a task of its own. Chunks under 8 KB join a
        // chunk loaded with them whenever that runs no module's side effects early (Rollup checks); the cost is
        // a few unused bytes on some pages.
        experimentalMinChunkSize: 8_000,
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/statements': 'http://127.0.0.1:4000',
      '/briefings': 'http://127.0.0.1:4000',
      '/cases': {
        target: 'http://127.0.0.1:4000',
        bypass: (req) => (req.headers.accept?.includes('text/html') ? req.url : undefined),
      },
    },
  },
});
