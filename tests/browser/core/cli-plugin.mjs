/**
 * A Web Test Runner server command that runs `civic-feed export ics` as a
 * process (from the sources, so no build is needed first), for tests that
 * compare what the browser writes with what the CLI writes.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function runCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `executeServerCommand('civic-feed-export-ics', { feed })` → { code, stdout, stderr }. */
export function civicFeedCommands() {
  return {
    name: 'civic-feed-commands',
    async executeCommand({ command, payload }) {
      if (command !== 'civic-feed-export-ics') return undefined;
      const dir = await mkdtemp(join(tmpdir(), 'civic-feed-wtr-'));
      try {
        const file = join(dir, 'feed.json');
        await writeFile(file, JSON.stringify(payload.feed));
        return await runCli(['export', 'ics', file]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
