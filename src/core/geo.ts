/**
 * Great-circle distance between two points, in kilometres (haversine, mean
 * Earth radius 6,371 km). Shared by place disambiguation and the ledger.
 *
 * @example
 *   distanceKm({ lat: 35.33, lon: 40.14 }, { lat: 36.2, lon: 37.16 }) // => about 286
 */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}
