import { it } from 'vitest';
import { runGroupsSimulation } from '../../sim/groups/groups-run.js';
it('scratch', async () => {
  const lines: string[] = [];
  const seed = Number(process.env.SEED ?? 1);
  const s = await runGroupsSimulation({ seed, nodes: 3, members: 3, timeMs: Number(process.env.TIME ?? 4000),
    ...(process.env.SCHEDULE ? { schedule: process.env.SCHEDULE.startsWith('[') ? JSON.parse(process.env.SCHEDULE) : process.env.SCHEDULE } : {}),
    ...(process.env.UNSAFE ? { testOnly: new Map([1,2,3].map((id) => [id, { [process.env.UNSAFE as string]: true }])) } : {}),
    traceSink: (line) => { lines.push(line); } }, () => performance.now());
  const { writeFileSync } = await import('node:fs');
  writeFileSync('/tmp/groups-trace.jsonl', lines.join('\n') + '\n');
  console.log(JSON.stringify(s));
}, 300_000);
