import type { CommonStrings } from '../strings.js';

/** Spanish for the text every element shares. */
export const commonEs: CommonStrings = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  empty: 'No hay nada que mostrar.',
  noProvider: 'No hay ningún proveedor de datos configurado.',
  misconfiguredProvider: 'El proveedor de datos está mal configurado: no implementa los métodos necesarios.',
  notSupported: 'Este sistema no ofrece esta información.',
  errorTitle: 'Algo salió mal.',
  confirm: 'Confirmar',
  cancel: 'Cancelar',
  changeUnknown: (subject, reason) =>
    `No hemos podido confirmar el cambio de ${subject}: ${reason} Puede volver a intentarlo sin riesgo: no se hará dos veces.`,
  zoneStandIn: (zone) => `Las horas se muestran en ${zone}: no se pudo cargar su zona horaria.`,
};
