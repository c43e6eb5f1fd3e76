// The web console's script (src/http/console/), sent to the browser as it is written here: it
// calls the /v1 admin API with fetch() and renders the answers into console-page.ts's tables.
// Cluster, topic and group tables (and the open group, with its lag) refresh every two seconds;
// the live tail polls the chosen partition from where the last read ended. Text from the cluster is always inserted as text, never as
// HTML, so a record cannot inject markup into the page.

/** The console's browser script. */
export const consoleScript = String.raw`'use strict';
const state = { topic: null, group: null, records: [], nextOffset: null, tailTimer: null };
const $ = (selector) => document.querySelector(selector);

function say(message, isError = false) {
  const status = $('#status');
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

async function api(method, path, body) {
  const response = await fetch('/v1' + path, {
    method, headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.message || response.statusText);
  return answer;
}

function fill(tableSelector, rows) {
  const body = $(tableSelector + ' tbody');
  body.replaceChildren(...rows.map((cells) => {
    const row = document.createElement('tr');
    for (const cell of cells) {
      const td = document.createElement('td');
      if (cell instanceof Node) td.append(cell); else td.textContent = cell === null || cell === undefined ? '-' : String(cell);
      row.append(td);
    }
    return row;
  }));
}

function button(label, onClick, name) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (name) element.setAttribute('aria-label', name);
  element.addEventListener('click', onClick);
  return element;
}

async function refreshCluster() {
  const [cluster, quorum] = await Promise.all([api('GET', '/cluster'), api('GET', '/quorum')]);
  $('#cluster-line').textContent = 'cluster ' + cluster.clusterId + ' · controller ' + cluster.controllerId;
  fill('#brokers', cluster.brokers.map((broker) => [broker.id, broker.host + ':' + broker.port,
    broker.id === cluster.controllerId ? 'broker, active controller' : 'broker']));
  $('#quorum-line').textContent = 'leader ' + quorum.leaderId + ', epoch ' + quorum.leaderEpoch + ', high watermark ' + quorum.highWatermark;
  fill('#quorum', quorum.replicas.map((replica) => [replica.nodeId, replica.role, replica.logEndOffset, replica.lag]));
}

async function refreshTopics() {
  const topics = await api('GET', '/topics');
  fill('#topics', topics.map((topic) => {
    const open = button(topic.name, () => showTopic(topic.name), 'Open topic ' + topic.name);
    const remove = button('Delete', () => deleteTopic(topic.name), 'Delete topic ' + topic.name);
    return [open, topic.partitions, remove];
  }));
}

async function showTopic(name) {
  state.topic = name;
  const topic = await api('GET', '/topics/' + encodeURIComponent(name));
  $('#topic-title').textContent = 'Topic ' + name;
  $('#topic-empty').hidden = true;
  $('#topic-detail').hidden = false;
  fill('#partitions', topic.partitions.map((partition) => [partition.partition, partition.leader, partition.leaderEpoch,
    partition.replicas.join(','), partition.isr.join(','), partition.logStartOffset, partition.highWatermark]));
  const configs = Object.entries(topic.configs);
  $('#configs').textContent = configs.length === 0 ? 'No configs set on the topic.'
    : 'Configs: ' + configs.map(([key, value]) => key + '=' + value).join(', ');
  const select = $('#browse select[name=partition]');
  const chosen = select.value;
  select.replaceChildren(...topic.partitions.map((partition) => new Option(String(partition.partition), String(partition.partition))));
  if (chosen !== '' && Number(chosen) < topic.partitions.length) select.value = chosen;
}

async function deleteTopic(name) {
  if (!confirm('Delete topic ' + name + '?')) return;
  await api('DELETE', '/topics/' + encodeURIComponent(name));
  if (state.topic === name) { state.topic = null; $('#topic-detail').hidden = true; $('#topic-empty').hidden = false; }
  say('Deleted topic ' + name);
  await refreshTopics();
}

async function refreshGroups() {
  const groups = await api('GET', '/groups');
  $('#groups-empty').hidden = groups.length > 0;
  fill('#groups', groups.map((group) => [button(group.groupId, () => showGroup(group.groupId), 'Open group ' + group.groupId),
    group.type, group.state, group.members, group.totalLag, group.coordinator]));
  if (state.group !== null) await showGroup(state.group);
}

async function showGroup(groupId) {
  state.group = groupId;
  let group;
  try {
    group = await api('GET', '/groups/' + encodeURIComponent(groupId));
  } catch (error) {
    state.group = null;
    $('#group-detail').hidden = true;
    $('#group-empty').hidden = false;
    throw error;
  }
  $('#group-title').textContent = 'Group ' + groupId;
  $('#group-empty').hidden = true;
  $('#group-detail').hidden = false;
  $('#group-line').textContent = group.type + ' group, ' + group.state + ', protocol ' + (group.protocolType || '-') +
    (group.assignor ? '/' + group.assignor : '') + ', total lag ' + group.totalLag;
  fill('#members', group.members.map((member) => [member.memberId, member.clientId, member.clientHost,
    member.assignment === null ? '(not a consumer assignment)'
      : member.assignment.map((entry) => entry.topic + ':' + entry.partitions.join(',')).join(' ')]));
  fill('#group-partitions', group.partitions.map((row) => [row.topic, row.partition, row.committedOffset, row.logEndOffset,
    row.lag, row.clientId]));
}

function pretty(value) {
  if (value === null) return null;
  try { return JSON.stringify(JSON.parse(value), null, 2); } catch { return value; }
}

function renderMessages() {
  const filter = $('#browse input[name=filter]').value.toLowerCase();
  const shown = state.records.filter((record) => filter === '' ||
    [record.key, record.value, JSON.stringify(record.headers)].some((text) => (text || '').toLowerCase().includes(filter)));
  fill('#messages', shown.map((record) => {
    const value = document.createElement('span');
    value.className = 'value';
    value.textContent = pretty(record.value) ?? 'null';
    return [record.offset, new Date(record.timestamp).toISOString(), record.key, value,
      Object.entries(record.headers).map(([key, text]) => key + '=' + text).join(', ')];
  }));
}

async function loadMessages(fromOffset) {
  const form = $('#browse');
  const query = new URLSearchParams({ partition: form.partition.value, limit: form.limit.value || '50' });
  if (fromOffset !== undefined) query.set('offset', String(fromOffset));
  else if (form.offset.value !== '') query.set('offset', form.offset.value);
  else if (form.time.value !== '') query.set('timestamp', String(new Date(form.time.value).getTime()));
  const page = await api('GET', '/topics/' + encodeURIComponent(state.topic) + '/records?' + query);
  state.records = fromOffset === undefined ? page.records : state.records.concat(page.records);
  state.nextOffset = page.nextOffset;
  renderMessages();
  return page;
}

function setTail(on) {
  clearInterval(state.tailTimer);
  state.tailTimer = on ? setInterval(() => {
    if (state.topic !== null && state.nextOffset !== null) loadMessages(state.nextOffset).catch((error) => say(error.message, true));
  }, 1000) : null;
}

function download() {
  const blob = new Blob([JSON.stringify(state.records, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = (state.topic || 'records') + '.json';
  link.click();
  URL.revokeObjectURL(link.href);
}

function guarded(action) {
  return (event) => {
    if (event) event.preventDefault();
    action(event).catch((error) => say(error.message, true));
  };
}

$('#create-topic').addEventListener('submit', guarded(async (event) => {
  const form = event.target;
  await api('POST', '/topics', { name: form.name.value, partitions: Number(form.partitions.value) });
  say('Created topic ' + form.name.value);
  const name = form.name.value;
  form.reset();
  await refreshTopics();
  await showTopic(name);
}));

$('#produce').addEventListener('submit', guarded(async (event) => {
  const form = event.target;
  const record = { key: form.key.value === '' ? null : form.key.value, value: form.value.value };
  if (form.partition.value !== '') record.partition = Number(form.partition.value);
  const answer = await api('POST', '/topics/' + encodeURIComponent(state.topic) + '/records', { records: [record] });
  say('Produced 1 record to ' + state.topic + ' partition ' + Object.keys(answer.partitions).join(','));
  form.value.value = '';
  await showTopic(state.topic);
}));

$('#browse').addEventListener('submit', guarded(async () => {
  const page = await loadMessages();
  say(page.records.length + ' records from partition ' + page.partition);
}));
$('#browse input[name=filter]').addEventListener('input', renderMessages);
$('#browse input[name=tail]').addEventListener('change', (event) => setTail(event.target.checked));
$('#download').addEventListener('click', download);

async function refresh() {
  try {
    await Promise.all([refreshCluster(), refreshTopics(), refreshGroups()]);
  } catch (error) {
    say(error.message, true);
  }
}
refresh();
setInterval(refresh, 2000);
`;
