// `npm start`: builds whatever is missing or older than its sources, then runs the server
// (API and SPA on one port). A fresh clone needs nothing but `npm install` before this.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-stamp';

/** Newest modification time of the files under the given paths (ignoring build output). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) {
        if (entry !== 'node_modules' && entry !== 'dist') visit(path.join(p, entry));
      }
    } else if (!/\.test\.tsx?$/.test(p)) {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return latest;
}

const stampTime = (dir) => {
  try {
    return fs.statSync(path.join(root, dir, STAMP)).mtimeMs;
  } catch {
    return 0;
  }
};

const targets = [
  {
    name: 'shared',
    out: 'shared/dist',
    inputs: ['shared/src', 'shared/package.json', 'shared/tsconfig.json'],
  },
  {
    name: 'server',
    out: 'server/dist',
    inputs: [
      'server/src',
      'server/package.json',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'shared/src',
    ],
  },
  {
    name: 'web',
    out: 'web/dist',
    inputs: [
      'web/src',
      'web/public',
      'web/index.html',
      'web/vite.config.ts',
      'web/package.json',
      'shared/src',
    ],
  },
];

for (const target of targets) {
  if (
    stampTime(target.out) >= newest([...target.inputs, 'tsconfig.base.json', 'package-lock.json'])
  )
    continue;
  console.log(`[nuanxin] building ${target.name}...`);
  execSync(`npm run build -w ${target.name}`, { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(path.join(root, target.out, STAMP), new Date().toISOString());
}

await import(pathToFileURL(path.join(root, 'server/dist/main.js')).href);
