import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const mapCopy = '?division-map';
const chartLibrary = /[\\/]node_modules[\\/](echarts|zrender)[\\/]/;

/**
 * The division map (the public page's one chart) gets its own copy of the ECharts modules it imports, so the
 * public page loads exactly what the map draws with. Sharing one copy with the staff screens' charts (the air
 * calendar, the ledger's lines) would grow the public page with every chart they add: a bundler keeps a shared
 * module's code for all its users in the one chunk they all load. The staff screens share the other copy.
 */
function divisionMapOwnCharts(): Plugin {
  return {
    name: 'division-map-own-charts',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const fromMap = /[\\/]web[\\/]src[\\/]map[\\/]DivisionMap\.tsx$/.test(importer) || importer.endsWith(mapCopy);
      if (!fromMap) return null;
      const resolved = await this.resolve(source, importer.replace(mapCopy, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !chartLibrary.test(resolved.id)) return null;
      return { ...resolved, id: `${resolved.id}${mapCopy}` };
    },
  };
}

// The console is built into web/dist and served by the API server itself (src/server/web-console.ts);
// `npm start` builds it when missing or stale. Everything is bundled: no CDN, no web font, no tile server.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [divisionMapOwnCharts(), react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
