// The web console's page (src/http/console/): one HTML document with its styles, served at `/`
// by every node. No framework and no build step: the page is plain HTML, and console-script.ts
// fills it from the /v1 admin API. Every control has a label, tables have header cells, and
// results are announced through a live region, so the page works from the keyboard and with a
// screen reader.

/** The console's HTML. */
export const consoleHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Weir console</title>
<style>
  :root { font-family: system-ui, sans-serif; color: #1d2430; background: #f6f7f9; }
  body { margin: 0; }
  header { background: #1d2430; color: #fff; padding: 0.6rem 1rem; display: flex; gap: 1rem; align-items: baseline; }
  header h1 { font-size: 1.1rem; margin: 0; }
  main { display: grid; grid-template-columns: minmax(18rem, 1fr) 2fr; gap: 1rem; padding: 1rem; }
  section { background: #fff; border: 1px solid #d8dce3; border-radius: 6px; padding: 0.8rem 1rem; }
  section.wide { grid-column: 1 / -1; }
  h2 { font-size: 1rem; margin: 0 0 0.6rem; }
  #group-detail h2 { margin-top: 1rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #eceef2; vertical-align: top; }
  form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin: 0.5rem 0; }
  label { display: flex; flex-direction: column; font-size: 0.8rem; gap: 0.15rem; }
  input, select, button, textarea { font: inherit; padding: 0.25rem 0.4rem; }
  button { cursor: pointer; }
  #status { min-height: 1.2rem; font-size: 0.9rem; margin: 0.5rem 1rem 0; }
  .value { font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-all; }
  .error { color: #b00020; }
  .muted { color: #667085; font-size: 0.85rem; }
</style>
</head>
<body>
<header><h1>Weir console</h1><span id="cluster-line" class="muted"></span></header>
<p id="status" role="status" aria-live="polite"></p>
<main>
  <section aria-labelledby="brokers-title">
    <h2 id="brokers-title">Brokers and controller quorum</h2>
    <table id="brokers"><thead><tr><th scope="col">Broker</th><th scope="col">Address</th><th scope="col">Role</th></tr></thead><tbody></tbody></table>
    <p id="quorum-line" class="muted"></p>
    <table id="quorum"><thead><tr><th scope="col">Node</th><th scope="col">Quorum role</th><th scope="col">Log end</th><th scope="col">Lag</th></tr></thead><tbody></tbody></table>
  </section>
  <section aria-labelledby="topics-title">
    <h2 id="topics-title">Topics</h2>
    <form id="create-topic">
      <label>Name <input name="name" required pattern="[a-zA-Z0-9._-]+"></label>
      <label>Partitions <input name="partitions" type="number" min="1" value="1"></label>
      <button type="submit">Create topic</button>
    </form>
    <table id="topics"><thead><tr><th scope="col">Topic</th><th scope="col">Partitions</th><th scope="col"><span class="muted">Actions</span></th></tr></thead><tbody></tbody></table>
  </section>
  <section class="wide" aria-labelledby="topic-title">
    <h2 id="topic-title">Topic</h2>
    <p id="topic-empty" class="muted">Choose a topic to see its partitions, configs and records.</p>
    <div id="topic-detail" hidden>
      <table id="partitions"><thead><tr><th scope="col">Partition</th><th scope="col">Leader</th><th scope="col">Epoch</th><th scope="col">Replicas</th><th scope="col">ISR</th><th scope="col">Log start</th><th scope="col">High watermark</th></tr></thead><tbody></tbody></table>
      <p id="configs" class="muted"></p>
      <h2>Produce a record</h2>
      <form id="produce">
        <label>Key <input name="key"></label>
        <label>Value <textarea name="value" rows="1" required></textarea></label>
        <label>Partition <input name="partition" type="number" min="0" placeholder="by key"></label>
        <button type="submit">Produce</button>
      </form>
      <h2>Messages</h2>
      <form id="browse">
        <label>Partition <select name="partition"></select></label>
        <label>From offset <input name="offset" type="number" min="0" placeholder="beginning"></label>
        <label>From time <input name="time" type="datetime-local"></label>
        <label>Limit <input name="limit" type="number" min="1" max="1000" value="50"></label>
        <label>Filter (key, value, headers) <input name="filter"></label>
        <button type="submit">Load</button>
        <label><span>Live tail</span><input name="tail" type="checkbox"></label>
        <button type="button" id="download">Download JSON</button>
      </form>
      <table id="messages"><thead><tr><th scope="col">Offset</th><th scope="col">Time</th><th scope="col">Key</th><th scope="col">Value</th><th scope="col">Headers</th></tr></thead><tbody></tbody></table>
    </div>
  </section>
  <section class="wide" aria-labelledby="groups-title">
    <h2 id="groups-title">Consumer groups</h2>
    <table id="groups"><thead><tr><th scope="col">Group</th><th scope="col">Type</th><th scope="col">State</th><th scope="col">Members</th><th scope="col">Total lag</th><th scope="col">Coordinator</th></tr></thead><tbody></tbody></table>
    <p id="groups-empty" class="muted">No consumer groups yet.</p>
  </section>
  <section class="wide" aria-labelledby="group-title">
    <h2 id="group-title">Group</h2>
    <p id="group-empty" class="muted">Choose a group to see its members and the lag of each partition.</p>
    <div id="group-detail" hidden>
      <p id="group-line" class="muted"></p>
      <h2>Members</h2>
      <table id="members"><thead><tr><th scope="col">Member</th><th scope="col">Client id</th><th scope="col">Host</th><th scope="col">Assignment</th></tr></thead><tbody></tbody></table>
      <h2>Lag per partition</h2>
      <table id="group-partitions"><thead><tr><th scope="col">Topic</th><th scope="col">Partition</th><th scope="col">Committed offset</th><th scope="col">Log end</th><th scope="col">Lag</th><th scope="col">Member</th></tr></thead><tbody></tbody></table>
    </div>
  </section>
</main>
<script src="/console.js"></script>
</body>
</html>
`;
