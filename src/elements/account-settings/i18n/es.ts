import { commonEs } from '../../../core/i18n/es.js';
import type { AccountSettingsStrings } from '../account-settings.strings.js';

const es: AccountSettingsStrings = {
  ...commonEs,
  navLabel: 'Configuración de la cuenta',
  user: 'Usuario',
  account: 'Cuenta',
  'service-plan': 'Plan de servicio',
  'per-minute': 'Por minuto',
  transactions: 'Transacciones',
  bills: 'Facturas',
  media: 'Multimedia',
  'block-list': 'Lista de bloqueo',
  noSections: 'No hay ninguna sección disponible.',
  usersBought: (count) => `Usuarios comprados: ${count}. El plan muestra los nuevos datos.`,
  usersRemoved: (count) => `Usuarios eliminados: ${count}. El plan muestra los nuevos datos.`,
  usersNotChanged: (reason) => `No se han cambiado los usuarios del plan: ${reason}`,
  usersUnknown: (reason) => `No hemos podido confirmar el cambio de usuarios (${reason}). El plan lo comprobará cuando lo abra.`,
};
export default es;
