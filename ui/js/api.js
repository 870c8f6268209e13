/**
 * Calls to the sitrep JSON API. A token given in the page address
 * (`/?token=…`, as `sitrep serve --token` prints) is sent on every call.
 *
 * @example
 *   const { items } = await api('/api/events', { type: 'ASSAULT' });
 */
const token = new URLSearchParams(location.search).get('token');

export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const url = path + (qs ? `?${qs}` : '');
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}
