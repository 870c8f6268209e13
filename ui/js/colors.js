/**
 * Colours: event types grouped from cooperation (blues, greens) through
 * words (yellows) to force (oranges, reds), so the map reads at a glance.
 *
 * @example
 *   circle.setAttribute('fill', eventColor('ASSAULT')) // '#c0392b'
 */
export const EVENT_COLORS = {
  AGREE: '#2e86c1', CONSULT: '#5dade2', SUPPORT: '#48c9b0', CONCEDE: '#76d7c4', COOPERATE: '#1abc9c', AID: '#27ae60',
  RETREAT: '#95a5a6', REQUEST: '#a9cce3', ACCUSE: '#f4d03f', REJECT: '#f5b041', THREATEN: '#eb984e', PROTEST: '#d4ac0d',
  SANCTION: '#af7ac5', MOBILIZE: '#e67e22', COERCE: '#d35400', ASSAULT: '#c0392b',
};

export const RELATION_COLORS = {
  backs: '#27ae60', allied_with: '#2e86c1', fights: '#c0392b', controls: '#8e44ad', leads: '#7f8c8d', member_of: '#aab7b8',
};

export const eventColor = (type) => EVENT_COLORS[type] ?? '#7f8c8d';
