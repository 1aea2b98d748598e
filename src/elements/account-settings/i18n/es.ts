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
};
export default es;
