import { commonEs } from '../../../core/i18n/es.js';
import { plural } from '../../../core/i18n/plural.js';
import type { ServicePlanPanelStrings } from '../service-plan-panel.strings.js';

const users = (n: number, count: string) => plural(n, 'es', { one: `${count} usuario`, other: `${count} usuarios` });

const es: ServicePlanPanelStrings = {
  ...commonEs,
  title: 'Plan de servicio',
  planName: 'Plan',
  availableCredit: 'Saldo disponible',
  charges: 'Cargos mensuales',
  item: 'Concepto',
  quantity: 'Cantidad',
  unitPrice: 'Precio unitario',
  monthlyCharge: 'Cargo mensual',
  users: 'Usuarios',
  dids: 'Números DID (números de teléfono)',
  inUse: (inUse: string) => `${inUse} en uso`,
  monthlyTotal: 'Total mensual',

  buyTitle: 'Comprar usuarios',
  usersToBuy: 'Usuarios que desea comprar',
  buy: 'Comprar',
  buying: 'Comprando…',
  quantityHint: (max: string) => `Un número entero del 1 al ${max}.`,
  calculating: 'Calculando…',
  cost: 'Importe',
  costBreakdown: (count: string, unitPrice: string) => `${count} × ${unitPrice}`,
  creditAfter: 'Saldo tras la compra',
  quoteMonthly: (monthly: string, now: string) => `un aumento mensual de ${monthly} y un cargo inmediato de ${now}`,
  notEnoughCredit: (cost: string, credit: string) =>
    `Saldo insuficiente: esta compra cuesta ${cost} y el saldo disponible es de ${credit}.`,
  shortOfCredit: (cost: string, credit: string) => `Esta compra cuesta ${cost} y el saldo disponible es de ${credit}.`,
  quoteFailed: 'No se ha podido calcular el precio.',
  quoteRetry: 'Al pulsar «Comprar» se volverá a consultar.',
  confirmBuyTitle: '¿Comprar usuarios?',
  confirmBuyMessage: (n: number, count: string, cost: string) =>
    `¿Comprar ${users(n, count)} por ${cost}? El importe se descontará de su saldo.`,
  confirmBuyMessageBilled: (n: number, count: string, cost: string) => `¿Comprar ${users(n, count)} por ${cost}?`,
  bought: (n: number, count: string, cost: string, total: string) =>
    plural(n, 'es', {
      one: `Se ha comprado ${users(n, count)} por ${cost}. Usuarios en el plan: ${total}.`,
      other: `Se han comprado ${users(n, count)} por ${cost}. Usuarios en el plan: ${total}.`,
    }),
  boughtUsers: (n: number, count: string, total: string) =>
    plural(n, 'es', {
      one: `Se ha comprado ${users(n, count)}. Usuarios en el plan: ${total}.`,
      other: `Se han comprado ${users(n, count)}. Usuarios en el plan: ${total}.`,
    }),
  buyFailed: 'No se ha comprado ningún usuario.',
  buyUnknown: (n: number, count: string) => `No hemos podido confirmar si se ha comprado ${users(n, count)}; comprobándolo…`,
  buyUnknownStill: (n: number, count: string, total: string) =>
    `No hemos podido confirmar si se ha comprado ${users(n, count)}.${total ? ` Usuarios en el plan ahora: ${total}.` : ''} Revise el plan antes de volver a comprar.`,
  buyNotDone: (total: string) => `El plan sigue mostrando ${total} usuarios.`,
  buyNotConfirmed: 'La compra no se ha confirmado.',
  buyRetrySame: (n: number, count: string) =>
    `Para volver a intentarlo, compre de nuevo ${users(n, count)}: se envía la misma compra, no una nueva.`,
  boughtSeen: (count: string, total: string) => `El plan muestra ahora ${total} usuarios, ${count} más que antes de su compra.`,
  insufficientCredit: 'Saldo insuficiente.',

  removeTitle: 'Eliminar usuarios',
  usersToRemove: 'Usuarios que desea eliminar',
  remove: 'Eliminar',
  removing: 'Eliminando…',
  removeHint: (removable: string) => `Puede eliminar hasta ${removable}.`,
  removeHintInUse: (removable: string, inUse: string) => `${inUse} en uso: puede eliminar hasta ${removable}.`,
  confirmRemoveTitle: '¿Eliminar usuarios?',
  confirmRemoveMessage: (n: number, count: string, remaining: string) =>
    `¿Eliminar ${users(n, count)}? Usuarios que quedarán en el plan: ${remaining}.`,
  removed: (n: number, count: string, total: string) =>
    plural(n, 'es', {
      one: `Se ha eliminado ${users(n, count)}. Usuarios en el plan: ${total}.`,
      other: `Se han eliminado ${users(n, count)}. Usuarios en el plan: ${total}.`,
    }),
  removeFailed: 'No se ha eliminado ningún usuario.',
  removeUnknown: (n: number, count: string) => `No hemos podido confirmar si se ha eliminado ${users(n, count)}; comprobándolo…`,
  removeUnknownStill: (n: number, count: string, total: string) =>
    `No hemos podido confirmar si se ha eliminado ${users(n, count)}.${total ? ` Usuarios en el plan ahora: ${total}.` : ''} Revise el plan antes de volver a eliminar.`,
  removeNotDone: (total: string) => `El plan sigue mostrando ${total} usuarios.`,
  removeNotConfirmed: 'La eliminación no se ha confirmado.',
  removeRetrySame: (n: number, count: string) =>
    `Para volver a intentarlo, elimine de nuevo ${users(n, count)}: se envía la misma eliminación, no una nueva.`,
  removedSeen: (count: string, total: string) => `El plan muestra ahora ${total} usuarios, ${count} menos que antes de la eliminación.`,

  errorRequired: 'Introduzca un número de usuarios.',
  errorNotWhole: 'Introduzca un número entero usando solo los dígitos del 0 al 9; por ejemplo, 3.',
  errorRange: (max: string) => `Introduzca un número del 1 al ${max}.`,
  errorMoreThanPlan: (quantity: string) => `Usuarios en el plan: ${quantity}. No puede eliminar más.`,
  errorBelowInUse: (inUse: string, removable: string) => `En uso: ${inUse}. Puede eliminar como máximo ${removable}.`,
};
export default es;
