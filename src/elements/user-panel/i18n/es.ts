import { commonEs } from '../../../core/i18n/es.js';
import { plural } from '../../../core/i18n/plural.js';
import type { UserPanelStrings } from '../user-panel.strings.js';

const characters = (n: number) => plural(n, 'es', { one: '1 carácter', other: `${n} caracteres` });

const es: UserPanelStrings = {
  ...commonEs,
  title: 'Usuario',
  username: 'Nombre de usuario',
  fullName: 'Nombre completo',
  email: 'Correo electrónico',
  changePassword: 'Cambiar contraseña',
  currentPassword: 'Contraseña actual',
  newPassword: 'Contraseña nueva',
  confirmPassword: 'Confirmar contraseña',
  save: 'Guardar',
  saving: 'Guardando…',
  cancel: 'Cancelar',
  passwordChanged: 'Se ha cambiado su contraseña.',
  passwordHint: (minLength: number) => `Al menos ${characters(minLength)}.`,
  errorCurrentRequired: 'Introduzca su contraseña actual.',
  errorTooShort: (minLength: number) => `Use al menos ${characters(minLength)}.`,
  errorMismatch: 'Las contraseñas no coinciden.',
  errorTooLong: (maxLength: number) => `Use como máximo ${characters(maxLength)}.`,
  errorInvisible: 'Use caracteres visibles, no solo espacios o marcas invisibles.',
  errorControl: 'Quite los caracteres de control (como los saltos de línea) de la contraseña.',
  errorSameAsCurrent: 'Elija una contraseña distinta de la actual.',
  errorSummary: 'No se ha cambiado la contraseña.',
  passwordUnknown: (reason: string) =>
    `No hemos podido confirmar si se ha cambiado su contraseña: ${reason} Puede volver a guardar las mismas contraseñas sin riesgo: el cambio no se hará dos veces.`,
};
export default es;
