// Trunk post-build step: minify the embed script and the wasm-bindgen glue (Trunk leaves the glue as is).
// Every byte is paid by a person on a slow phone: this saves about 2 KB brotli.
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist');
for (const [file, module] of [['oberih.js', false], ['oberih_app.js', true]]) {
  const p = path.join(dir, file);
  const out = await minify(fs.readFileSync(p, 'utf8'), {
    module,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: /^!/ }, // keeps the /*! notice
  });
  fs.writeFileSync(p, out.code + '\n');
}
