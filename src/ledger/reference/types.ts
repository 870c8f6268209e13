/** An event of a reference dataset (UCDP GED, ACLED), in one shape. */
export interface ReferenceEvent {
  dataset: 'ucdp' | 'acled';
  id: string;
  dateStart: string;
  dateEnd: string;
  sideA: string;
  sideB: string;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  /** Deaths: UCDP's best, low and high estimates; ACLED's fatalities for all three. */
  best: number | null;
  low: number | null;
  high: number | null;
  source: string | null;
}
