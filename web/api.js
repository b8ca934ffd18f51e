// The API client: JSON over fetch, with the server's token when it needs one. A token given in
// the address (?token=…, as `casefile serve` prints it) is kept for this tab and taken out of
// the address bar.

const TOKEN_KEY = "casefile-token";

export function initToken() {
  const params = new URLSearchParams(location.search);
  const token = params.get("token");
  if (token) {
    window.sessionStorage.setItem(TOKEN_KEY, token);
    params.delete("token");
    const rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
  }
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(method, path, body) {
  const headers = { accept: "application/json" };
  const token = window.sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  try {
    data = await res.json();
  } catch {
    // not JSON: reported below
  }
  if (!res.ok) throw new ApiError(res.status, data?.message ?? `the server answered ${res.status}`);
  return { status: res.status, data };
}

export async function get(path, query) {
  const qs = query
    ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== "" && v != null)).toString()
    : "";
  return (await request("GET", path + (qs ? "?" + qs : ""))).data;
}

export async function post(path, body) {
  return request("POST", path, body);
}

export async function del(path) {
  return request("DELETE", path);
}

export function casePath(name, ...rest) {
  return ["/api/cases", encodeURIComponent(name), ...rest.map((p) => encodeURIComponent(p))].join("/");
}
