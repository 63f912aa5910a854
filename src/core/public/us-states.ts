/**
 * The states of the United States, the District of Columbia and Puerto Rico: their names in each
 * language and their square on the directory's map. The map is a tile grid (every state the same size,
 * placed near where it lies), so that the smallest states can be read and tapped on a phone and the map
 * needs no map server.
 */
import type { Language, UsState } from '../model';

export interface StateInfo {
  readonly code: UsState;
  readonly name: Readonly<Record<Language, string>>;
  /** The square's column on the map, from 0 at the west. */
  readonly column: number;
  /** The square's row on the map, from 0 at the north. */
  readonly row: number;
}

const state = (code: UsState, en: string, es: string, column: number, row: number): StateInfo => ({ code, name: { en, es }, column, row });

/** Every state, in the order of the schema's list (alphabetical by code but for DC and PR). */
export const US_STATES: readonly StateInfo[] = [
  state('AL', 'Alabama', 'Alabama', 7, 6),
  state('AK', 'Alaska', 'Alaska', 0, 0),
  state('AZ', 'Arizona', 'Arizona', 2, 5),
  state('AR', 'Arkansas', 'Arkansas', 5, 5),
  state('CA', 'California', 'California', 1, 4),
  state('CO', 'Colorado', 'Colorado', 3, 4),
  state('CT', 'Connecticut', 'Connecticut', 10, 3),
  state('DE', 'Delaware', 'Delaware', 10, 4),
  state('DC', 'District of Columbia', 'Distrito de Columbia', 9, 5),
  state('FL', 'Florida', 'Florida', 9, 7),
  state('GA', 'Georgia', 'Georgia', 8, 6),
  state('HI', 'Hawaii', 'Hawái', 0, 7),
  state('ID', 'Idaho', 'Idaho', 2, 2),
  state('IL', 'Illinois', 'Illinois', 6, 2),
  state('IN', 'Indiana', 'Indiana', 6, 3),
  state('IA', 'Iowa', 'Iowa', 5, 3),
  state('KS', 'Kansas', 'Kansas', 4, 5),
  state('KY', 'Kentucky', 'Kentucky', 6, 4),
  state('LA', 'Louisiana', 'Luisiana', 5, 6),
  state('ME', 'Maine', 'Maine', 11, 0),
  state('MD', 'Maryland', 'Maryland', 9, 4),
  state('MA', 'Massachusetts', 'Massachusetts', 10, 2),
  state('MI', 'Michigan', 'Míchigan', 7, 2),
  state('MN', 'Minnesota', 'Minnesota', 5, 2),
  state('MS', 'Mississippi', 'Misisipi', 6, 6),
  state('MO', 'Missouri', 'Misuri', 5, 4),
  state('MT', 'Montana', 'Montana', 3, 2),
  state('NE', 'Nebraska', 'Nebraska', 4, 4),
  state('NV', 'Nevada', 'Nevada', 2, 3),
  state('NH', 'New Hampshire', 'Nuevo Hampshire', 11, 1),
  state('NJ', 'New Jersey', 'Nueva Jersey', 9, 3),
  state('NM', 'New Mexico', 'Nuevo México', 3, 5),
  state('NY', 'New York', 'Nueva York', 9, 2),
  state('NC', 'North Carolina', 'Carolina del Norte', 7, 5),
  state('ND', 'North Dakota', 'Dakota del Norte', 4, 2),
  state('OH', 'Ohio', 'Ohio', 7, 3),
  state('OK', 'Oklahoma', 'Oklahoma', 4, 6),
  state('OR', 'Oregon', 'Oregón', 1, 3),
  state('PA', 'Pennsylvania', 'Pensilvania', 8, 3),
  state('PR', 'Puerto Rico', 'Puerto Rico', 11, 7),
  state('RI', 'Rhode Island', 'Rhode Island', 11, 3),
  state('SC', 'South Carolina', 'Carolina del Sur', 8, 5),
  state('SD', 'South Dakota', 'Dakota del Sur', 4, 3),
  state('TN', 'Tennessee', 'Tennessee', 6, 5),
  state('TX', 'Texas', 'Texas', 4, 7),
  state('UT', 'Utah', 'Utah', 2, 4),
  state('VT', 'Vermont', 'Vermont', 10, 1),
  state('VA', 'Virginia', 'Virginia', 8, 4),
  state('WA', 'Washington', 'Washington', 1, 2),
  state('WV', 'West Virginia', 'Virginia Occidental', 7, 4),
  state('WI', 'Wisconsin', 'Wisconsin', 6, 1),
  state('WY', 'Wyoming', 'Wyoming', 3, 3),
];

/** The columns and rows the map needs. */
export const MAP_SIZE = {
  columns: Math.max(...US_STATES.map((entry) => entry.column)) + 1,
  rows: Math.max(...US_STATES.map((entry) => entry.row)) + 1,
};

const byCode = new Map(US_STATES.map((entry) => [entry.code, entry]));

/** A state's name in `language`, or the code itself when it is not a state. */
export function stateName(code: string, language: Language): string {
  return byCode.get(code as UsState)?.name[language] ?? code;
}
