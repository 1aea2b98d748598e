import { commonEs } from '../../../core/i18n/es.js';
import type { AccountInfoPanelStrings } from '../account-info-panel.strings.js';

const es: AccountInfoPanelStrings = {
  ...commonEs,
  title: 'Cuenta',
  accountName: 'Nombre de la cuenta',
  realm: 'Dominio (realm) de la cuenta',
  timeZone: 'Zona horaria',
  contacts: 'Contactos',
  noContacts: 'No hay datos de contacto registrados.',
  role: 'Función',
  name: 'Nombre',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  address: 'Dirección',
  notSet: 'Sin definir',
};
export default es;
