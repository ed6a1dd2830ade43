<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <source>No se pudo completar</source>
            <translation>Could not complete</translation>
        </message>
        <message>
            <source>Expediente</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Confirmar</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Sin registros</source>
            <translation>No records</translation>
        </message>
        <message>
            <source>Deuda y título</source>
            <translation>Debt and title</translation>
        </message>
        <message>
            <source>Editar datos…</source>
            <translation>Edit details…</translation>
        </message>
        <message>
            <source>Liquidación del crédito</source>
            <translation>Debt liquidation</translation>
        </message>
        <message>
            <source>Liquidar</source>
            <translation>Liquidate</translation>
        </message>
        <message>
            <source>Liquidar a la fecha:</source>
            <translation>Liquidate as of:</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Días</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Tasa EA %</source>
            <translation>Annual rate %</translation>
        </message>
        <message>
            <source>Capital base</source>
            <translation>Principal base</translation>
        </message>
        <message>
            <source>Interés</source>
            <translation>Interest</translation>
        </message>
        <message>
            <source>No pactada</source>
            <translation>Not agreed</translation>
        </message>
        <message>
            <source>Sin indicar</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Tasa moratoria pactada (nominal anual)</source>
            <translation>Agreed default rate (nominal p.a.)</translation>
        </message>
        <message>
            <source>Tasa moratoria pactada (EA)</source>
            <translation>Agreed default rate (EA)</translation>
        </message>
        <message>
            <source>Tasa nominal %</source>
            <translation>Nominal rate %</translation>
        </message>
        <message>
            <source>Intereses causados: {0}   Abonos: {1} (a costas {2}, a intereses {3}, a capital {4})</source>
            <translation>Interest accrued: {0}   Payments: {1} (to costs {2}, to interest {3}, to principal {4})</translation>
        </message>
        <message>
            <source>Intereses causados: {0}   Sin abonos</source>
            <translation>Interest accrued: {0}   No payments</translation>
        </message>
        <message>
            <source>Capital pendiente: {0}   Intereses pendientes: {1}   Costas pendientes: {2}   TOTAL: {3}</source>
            <translation>Principal due: {0}   Interest due: {1}   Costs due: {2}   TOTAL: {3}</translation>
        </message>
        <message>
            <source>Interés simple: capital × tasa nominal anual × días / {0}</source>
            <translation>Simple interest: capital × nominal annual rate × days / {0}</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Archivo</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Tamaño</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Agregó</source>
            <translation>Added by</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>{0}
SHA-256: {1}
Agregado el {2} por {3}</source>
            <translation>{0}
SHA-256: {1}
Added on {2} by {3}</translation>
        </message>
        <message>
            <source>Arrastre archivos desde el explorador hasta esta pestaña para agregarlos como pruebas.</source>
            <translation>Drag files from the file manager onto this tab to add them as evidence.</translation>
        </message>
        <message>
            <source>Agregar archivos…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Guardar copia…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>Verificar SHA-256</source>
            <translation>Verify SHA-256</translation>
        </message>
        <message>
            <source>Preparando {0} archivos…</source>
            <translation>Preparing {0} files…</translation>
        </message>
        <message>
            <source>Cancelando…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Sin pruebas. Arrastre aquí los archivos (PDF, imágenes, Word, Excel, correos .eml y .msg).</source>
            <translation>No evidence. Drop the files here (PDF, images, Word, Excel, .eml and .msg e-mails).</translation>
        </message>
        <message>
            <source>Pruebas (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.docx *.doc *.odt *.xlsx *.xls *.ods *.txt);;Todos (*)</source>
            <translation>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.docx *.doc *.odt *.xlsx *.xls *.ods *.txt);;All (*)</translation>
        </message>
        <message>
            <source>Guardando {0}: %p %</source>
            <translation>Saving {0}: %p%</translation>
        </message>
        <message>
            <source>Se agregaron {0} de {1} archivos. No se agregaron:
{2}</source>
            <translation>{0} of {1} files were added. Not added:
{2}</translation>
        </message>
        <message>
            <source>Se canceló la carga; los archivos ya agregados quedan en el expediente.</source>
            <translation>Adding was cancelled; the files already added stay in the case file.</translation>
        </message>
        <message>
            <source>Preparando {0}…</source>
            <translation>Preparing {0}…</translation>
        </message>
        <message>
            <source>No hay una aplicación para abrir {0}; use «Guardar copia…».</source>
            <translation>No application can open {0}; use “Save a copy…”.</translation>
        </message>
        <message>
            <source>Archivo {0} (*{1})</source>
            <translation>{0} file (*{1})</translation>
        </message>
        <message>
            <source>Todos (*)</source>
            <translation>All (*)</translation>
        </message>
        <message>
            <source>Copiando {0}…</source>
            <translation>Copying {0}…</translation>
        </message>
        <message>
            <source>Copia guardada en {0}</source>
            <translation>Copy saved to {0}</translation>
        </message>
        <message>
            <source>«{0}» está íntegro: su SHA-256 coincide con el registrado al agregarlo.

{1}</source>
            <translation>“{0}” is intact: its SHA-256 matches the one recorded when it was added.

{1}</translation>
        </message>
        <message>
            <source>Verificación de integridad</source>
            <translation>Integrity check</translation>
        </message>
        <message>
            <source>«{0}» NO coincide con lo registrado: {1}.
SHA-256 registrado: {2}</source>
            <translation>“{0}” does NOT match what was recorded: {1}.
Recorded SHA-256: {2}</translation>
        </message>
        <message>
            <source>Abrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Retirar…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Agregar pruebas</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <source>Espere a que termine de guardar los archivos anteriores</source>
            <translation>Wait until the previous files have been saved</translation>
        </message>
        <message>
            <source>Retirar prueba</source>
            <translation>Withdraw evidence</translation>
        </message>
        <message>
            <source>¿Por qué se retira «{0}»? (se conserva en el archivo)</source>
            <translation>Why is “{0}” being withdrawn? (it stays in the archive)</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Documento</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Ciudad</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Correo</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Origen del correo</source>
            <translation>E-mail source</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Canales autorizados</source>
            <translation>Authorised channels</translation>
        </message>
        <message>
            <source>Editar…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Agregar codeudor…</source>
            <translation>Add co-debtor…</translation>
        </message>
        <message>
            <source>Su rol no puede modificar este expediente</source>
            <translation>Your role cannot change this case file</translation>
        </message>
        <message>
            <source>Acreedor: {0} ({1} {2})</source>
            <translation>Creditor: {0} ({1} {2})</translation>
        </message>
        <message>
            <source>Acreedor: —</source>
            <translation>Creditor: —</translation>
        </message>
        <message>
            <source>Datos del acreedor…</source>
            <translation>Creditor details…</translation>
        </message>
        <message>
            <source>Dirección, ciudad y representante legal que citan el poder y la demanda</source>
            <translation>Address, city and legal representative cited by the power of attorney and the lawsuit</translation>
        </message>
        <message>
            <source>Representante legal: {0}</source>
            <translation>Legal representative: {0}</translation>
        </message>
        <message>
            <source>dirección</source>
            <translation>address</translation>
        </message>
        <message>
            <source>ciudad</source>
            <translation>city</translation>
        </message>
        <message>
            <source>representante legal</source>
            <translation>legal representative</translation>
        </message>
        <message>
            <source>cédula del representante</source>
            <translation>representative's ID</translation>
        </message>
        <message>
            <source>Faltan para el poder y la demanda: {0} (botón «Datos del acreedor…»)</source>
            <translation>Missing for the power of attorney and the lawsuit: {0} (button «Creditor details…»)</translation>
        </message>
        <message>
            <source>Fecha y hora</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Canal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Entrante</source>
            <translation>Inbound</translation>
        </message>
        <message>
            <source>Saliente</source>
            <translation>Outbound</translation>
        </message>
        <message>
            <source>Resultado</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Registró</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <source>Ley 2300</source>
            <translation>Law 2300</translation>
        </message>
        <message>
            <source>Conforme</source>
            <translation>Compliant</translation>
        </message>
        <message>
            <source>Notas</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>DNI del representante</source>
            <translation>representative's DNI</translation>
        </message>
        <message>
            <source>CURP o RFC del representante</source>
            <translation>representative's CURP or RFC</translation>
        </message>
        <message>
            <source>DNI o NIE del representante</source>
            <translation>representative's DNI or NIE</translation>
        </message>
        <message>
            <source>Sentido</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Las gestiones que incumplen la Ley 2300 de 2023 (horario, frecuencia, canal) se marcan en ámbar.</source>
            <translation>Contacts that break Law 2300 of 2023 (hours, frequency, channel) are marked in amber.</translation>
        </message>
        <message>
            <source>Sin gestiones registradas</source>
            <translation>No contacts logged</translation>
        </message>
        <message>
            <source>Registrar gestión…</source>
            <translation>Log contact…</translation>
        </message>
        <message>
            <source>No aplica</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Expediente de {0}: las reglas de contacto de la Ley 2300 de 2023 son colombianas y no se revisan; no hay reglas de contacto configuradas para esta jurisdicción.</source>
            <translation>Case of {0}: the contact rules of Ley 2300 de 2023 are Colombian and are not checked; no contact rules are configured for this jurisdiction.</translation>
        </message>
        <message>
            <source>La gestión quedó registrada, pero incumple la Ley 2300 de 2023:
• </source>
            <translation>The contact was logged, but it breaks Law 2300 of 2023:
• </translation>
        </message>
        <message>
            <source>Gestión fuera de las reglas</source>
            <translation>Contact outside the rules</translation>
        </message>
        <message>
            <source>El reporte negativo a centrales de riesgo procede desde el {0} (Ley 1266 de 2008, art. 12)</source>
            <translation>A negative credit-bureau report may be made from {0} (Ley 1266 de 2008, art. 12)</translation>
        </message>
        <message>
            <source>Mensajería</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Guía</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <source>Enviada</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Entregada</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Devuelta</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Constancia</source>
            <translation>Proof</translation>
        </message>
        <message>
            <source>Sin comunicaciones registradas</source>
            <translation>No notices recorded</translation>
        </message>
        <message>
            <source>Registrar comunicación…</source>
            <translation>Record notice…</translation>
        </message>
        <message>
            <source>Adjuntar constancia…</source>
            <translation>Attach proof…</translation>
        </message>
        <message>
            <source>Espere a que termine de guardar la constancia anterior</source>
            <translation>Wait until the previous proof of receipt is saved</translation>
        </message>
        <message>
            <source>{0} enviada el {1}</source>
            <translation>{0} sent on {1}</translation>
        </message>
        <message>
            <source>Guardando la constancia…</source>
            <translation>Saving the proof of receipt…</translation>
        </message>
        <message>
            <source>Registrando la constancia…</source>
            <translation>Recording the proof of receipt…</translation>
        </message>
        <message>
            <source>Se canceló: la constancia no se guardó y la comunicación quedó como estaba.</source>
            <translation>Cancelled: the proof of receipt was not saved and the notice is unchanged.</translation>
        </message>
        <message>
            <source>Pagada</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Vencida</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Pendiente</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Firmado</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Cuotas</source>
            <translation>Instalments</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Incumplido el</source>
            <translation>Broken on</translation>
        </message>
        <message>
            <source>Prejurídico</source>
            <translation>Pre-legal</translation>
        </message>
        <message>
            <source>Sin acuerdos de pago</source>
            <translation>No payment agreements</translation>
        </message>
        <message>
            <source>Registrar acuerdo…</source>
            <translation>Record agreement…</translation>
        </message>
        <message>
            <source>Marcar cumplido</source>
            <translation>Mark kept</translation>
        </message>
        <message>
            <source>Marcar incumplido</source>
            <translation>Mark broken</translation>
        </message>
        <message>
            <source>Vence</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Valor</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Pagado</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Pagado el</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Cuotas del acuerdo</source>
            <translation>Agreement instalments</translation>
        </message>
        <message>
            <source>Cuotas del acuerdo seleccionado:</source>
            <translation>Instalments of the selected agreement:</translation>
        </message>
        <message>
            <source>Este acuerdo ya está {0}: registre un acuerdo nuevo si el deudor vuelve a pactar</source>
            <translation>This agreement is already {0}: record a new agreement if the debtor agrees to pay again</translation>
        </message>
        <message>
            <source>Quedan cuotas sin pagar: el acuerdo queda cumplido al registrar el pago de la última</source>
            <translation>Instalments are still unpaid: the agreement is kept when the payment of the last one is recorded</translation>
        </message>
        <message>
            <source>El acuerdo quedó registrado. Pida al abogado que pase el expediente a «{0}»: si el deudor incumple, el expediente vuelve a «{1}».</source>
            <translation>The agreement was recorded. Ask the lawyer to move the case to «{0}»: if the debtor defaults, the case goes back to «{1}».</translation>
        </message>
        <message>
            <source>Acuerdo de pago</source>
            <translation>Payment agreement</translation>
        </message>
        <message>
            <source>El acuerdo quedó registrado. ¿Pasar el expediente a «{0}»? Si el deudor incumple, el expediente vuelve a «{1}»; pagada la última cuota, termina por acuerdo cumplido.</source>
            <translation>The agreement was recorded. Move the case to «{0}»? If the debtor defaults, the case goes back to «{1}»; once the last instalment is paid, it closes as settled.</translation>
        </message>
        <message>
            <source>cumplido</source>
            <translation>kept</translation>
        </message>
        <message>
            <source>incumplido</source>
            <translation>broken</translation>
        </message>
        <message>
            <source>¿Marcar el acuerdo firmado el {0} como {1}?</source>
            <translation>Mark the agreement signed on {0} as {1}?</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Enlace</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Sin audiencias</source>
            <translation>No hearings</translation>
        </message>
        <message>
            <source>Programar audiencia…</source>
            <translation>Schedule hearing…</translation>
        </message>
        <message>
            <source>Registrar resultado…</source>
            <translation>Record outcome…</translation>
        </message>
        <message>
            <source>Bien</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Entidad</source>
            <translation>Registry / bank</translation>
        </message>
        <message>
            <source>Oficio</source>
            <translation>Court letter</translation>
        </message>
        <message>
            <source>Límite</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Solicitada</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Decretada</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Registrada</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Ejecutada</source>
            <translation>Executed</translation>
        </message>
        <message>
            <source>Levantada</source>
            <translation>Lifted</translation>
        </message>
        <message>
            <source>Sin medidas cautelares</source>
            <translation>No attachments</translation>
        </message>
        <message>
            <source>Solicitar medida…</source>
            <translation>Request attachment…</translation>
        </message>
        <message>
            <source>Avanzar estado…</source>
            <translation>Advance status…</translation>
        </message>
        <message>
            <source>Propone</source>
            <translation>Proposed by</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Acreedor</source>
            <translation>Creditor</translation>
        </message>
        <message>
            <source>Responde a</source>
            <translation>Replies to</translation>
        </message>
        <message>
            <source>Sin propuestas de arreglo</source>
            <translation>No settlement offers</translation>
        </message>
        <message>
            <source>Nueva propuesta…</source>
            <translation>New offer…</translation>
        </message>
        <message>
            <source>Contrapropuesta…</source>
            <translation>Counter-offer…</translation>
        </message>
        <message>
            <source>Aceptar</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Rechazar</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>{0}, {1}: {2}</source>
            <translation>{0}, {1}: {2}</translation>
        </message>
        <message>
            <source>Esta propuesta ya está {0}: registre una propuesta nueva</source>
            <translation>This offer is already {0}: record a new offer</translation>
        </message>
        <message>
            <source>Esta propuesta venció el {0}: registre una propuesta nueva con los términos vigentes</source>
            <translation>This offer expired on {0}: record a new offer with the terms now on the table</translation>
        </message>
        <message>
            <source>Una propuesta sin respuesta al pasar su fecha de vencimiento queda vencida (en ámbar): ya no se acepta, rechaza ni contrapropone.</source>
            <translation>An offer left unanswered past its expiry date has lapsed (in amber): it can no longer be accepted, rejected or countered.</translation>
        </message>
        <message>
            <source>Contrapropuesta a la propuesta de {0}</source>
            <translation>Counter-offer to the offer of {0}</translation>
        </message>
        <message>
            <source>aceptar</source>
            <translation>accept</translation>
        </message>
        <message>
            <source>rechazar</source>
            <translation>reject</translation>
        </message>
        <message>
            <source>¿Desea {0} la propuesta de {1}?</source>
            <translation>Do you want to {0} the offer of {1}?</translation>
        </message>
        <message>
            <source>Las otras {0} propuestas abiertas quedarán retiradas.</source>
            <translation>The other {0} open offers will be withdrawn.</translation>
        </message>
        <message>
            <source>Propuesta aceptada. ¿Registrar ahora el acuerdo de pago firmado ({0} en {1} cuota(s))? Los pagos se aplicarán a sus cuotas.</source>
            <translation>Offer accepted. Record the signed payment agreement now ({0} in {1} instalment(s))? Payments will be applied to its instalments.</translation>
        </message>
        <message>
            <source>Propuesta aceptada del {0}</source>
            <translation>Offer of {0} accepted</translation>
        </message>
        <message>
            <source>Referencia</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>A costas</source>
            <translation>To costs</translation>
        </message>
        <message>
            <source>A intereses</source>
            <translation>To interest</translation>
        </message>
        <message>
            <source>A capital</source>
            <translation>To principal</translation>
        </message>
        <message>
            <source>Sin pagos registrados</source>
            <translation>No payments recorded</translation>
        </message>
        <message>
            <source>Registrar pago…</source>
            <translation>Record payment…</translation>
        </message>
        <message>
            <source>Anular pago…</source>
            <translation>Reverse payment…</translation>
        </message>
        <message>
            <source>Anula un pago registrado por error; los demás se aplican de nuevo y la anulación queda en el historial</source>
            <translation>Reverses a payment recorded by mistake; the others are applied again and the reversal stays in the history</translation>
        </message>
        <message>
            <source>el pago de {0} del {1}</source>
            <translation>the payment of {0} on {1}</translation>
        </message>
        <message>
            <source>Anular pago</source>
            <translation>Reverse payment</translation>
        </message>
        <message>
            <source>¿Por qué se anula {0}? (p. ej. valor mal digitado, consignación de otro deudor). Los pagos posteriores se aplican de nuevo y la anulación queda en el historial.</source>
            <translation>Why is {0} being reversed? (e.g. amount mistyped, another debtor's deposit). Later payments are applied again and the reversal stays in the history.</translation>
        </message>
        <message>
            <source>Se anuló {0}. Total recaudado: {1}.</source>
            <translation>{0} was reversed. Total recovered: {1}.</translation>
        </message>
        <message>
            <source>Pago anulado</source>
            <translation>Payment reversed</translation>
        </message>
        <message>
            <source>Aplicado a costas: {0}</source>
            <translation>Applied to costs: {0}</translation>
        </message>
        <message>
            <source>Aplicado a intereses: {0}</source>
            <translation>Applied to interest: {0}</translation>
        </message>
        <message>
            <source>Aplicado a capital: {0}</source>
            <translation>Applied to principal: {0}</translation>
        </message>
        <message>
            <source>Excedente: {0}</source>
            <translation>Surplus: {0}</translation>
        </message>
        <message>
            <source>Pago registrado</source>
            <translation>Payment recorded</translation>
        </message>
        <message>
            <source>Título</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Plantilla</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Versión</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Generado por</source>
            <translation>Generated by</translation>
        </message>
        <message>
            <source>Formato</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>DOCX y PDF</source>
            <translation>DOCX and PDF</translation>
        </message>
        <message>
            <source>Solo DOCX</source>
            <translation>DOCX only</translation>
        </message>
        <message>
            <source>Aún no se han generado documentos para este expediente</source>
            <translation>No documents have been generated for this case yet</translation>
        </message>
        <message>
            <source>Generar documento…</source>
            <translation>Generate document…</translation>
        </message>
        <message>
            <source>Vista previa</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Guardar como…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Armar paquete de radicación…</source>
            <translation>Build filing packet…</translation>
        </message>
        <message>
            <source>Espere a que termine el documento en curso</source>
            <translation>Wait until the current document is finished</translation>
        </message>
        <message>
            <source>Generando documento…</source>
            <translation>Generating document…</translation>
        </message>
        <message>
            <source>Generando documento y PDF…</source>
            <translation>Generating document and PDF…</translation>
        </message>
        <message>
            <source>Generación cancelada: no se guardó ningún documento.</source>
            <translation>Generation cancelled: no document was saved.</translation>
        </message>
        <message>
            <source>Se generó «{0}», versión {1} ({2}).</source>
            <translation>Generated “{0}”, version {1} ({2}).</translation>
        </message>
        <message>
            <source>PDF no generado</source>
            <translation>PDF not generated</translation>
        </message>
        <message>
            <source>No se encuentra el archivo del documento: {0}</source>
            <translation>The document file cannot be found: {0}</translation>
        </message>
        <message>
            <source>No hay una aplicación para abrir {0}; use «Guardar como…».</source>
            <translation>No application can open {0}; use “Save as…”.</translation>
        </message>
        <message>
            <source>Documento Word (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <source>Documento PDF (*.pdf)</source>
            <extracomment>What Windows refuses in a file name (plus control characters); a Mac or Linux user may have added such a file</extracomment>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Guardar documento como</source>
            <translation>Save document as</translation>
        </message>
        <message>
            <source>Espere a que termine la copia en curso</source>
            <translation>Wait for the copy in progress to finish</translation>
        </message>
        <message>
            <source>Guardado en {0}</source>
            <translation>Saved to {0}</translation>
        </message>
        <message>
            <source>Usuario</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Acción</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Detalle</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Tarea</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Bloqueante</source>
            <translation>Blocking</translation>
        </message>
        <message>
            <source>Hecha</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Sin tareas</source>
            <translation>No tasks</translation>
        </message>
        <message>
            <source>Marcar hecha</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>{date} — {what} · desistimiento tácito el {expires}</source>
            <translation>{date} — {what} · dismissal for inactivity on {expires}</translation>
        </message>
        <message>
            <source>El término del desistimiento tácito (CGP art. 317) corre solo en procesos radicados en curso.</source>
            <translation>The dismissal-for-inactivity period (CGP art. 317) runs only for filed, pending proceedings.</translation>
        </message>
        <message>
            <source>CGP art. 317 num. 2: {n} año(s) sin actuación del proceso desde el día siguiente a la última notificación, diligencia o actuación (2 con sentencia o auto que ordena seguir adelante la ejecución, lit. b). Cualquier actuación, de oficio o a petición de parte, interrumpe el término (lit. c): regístrela en «Términos y tasas → Registrar actuación…». No cuentan los contactos con el deudor, las pruebas cargadas ni los cambios de datos del expediente.</source>
            <translation>CGP art. 317 no. 2: {n} year(s) without any procedural step, from the day after the last service, proceeding or step (2 with a judgment or an order to proceed with enforcement, lit. b). Any step, by the court or at a party's request, interrupts the period (lit. c): record it under “Terms and rates → Record procedural step…”. Contacts with the debtor, uploaded evidence and edits of the case data do not count.</translation>
        </message>
        <message>
            <source>Sin efecto (expediente cerrado)</source>
            <translation>Void (case closed)</translation>
        </message>
        <message>
            <source>Interrumpido el {date}</source>
            <translation>Interrupted on {date}</translation>
        </message>
        <message>
            <source>Vencido; actuación posterior el {date}</source>
            <translation>Expired; later step on {date}</translation>
        </message>
        <message>
            <source>Cumplido</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>No cumplido</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Vencido</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Abierto</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Término</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Sin términos en curso</source>
            <translation>No terms running</translation>
        </message>
        <message>
            <source>Datos del expediente</source>
            <extracomment>What collections see of a handover legal accepted (the rest is the legal file).</extracomment>
            <translation>Case details</translation>
        </message>
        <message>
            <source>Siguiente etapa</source>
            <translation>Next stage</translation>
        </message>
        <message>
            <source>Requisitos para radicar</source>
            <translation>Filing requirements</translation>
        </message>
        <message>
            <source>Tareas</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Términos</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Pase el puntero sobre un término para ver la regla que lo produjo</source>
            <translation>Hover over a term to see the rule that produced it</translation>
        </message>
        <message>
            <source>Sin asignar</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Expediente archivado: no aparece en la lista de expedientes.</source>
            <translation>Archived case: it does not appear in the docket.</translation>
        </message>
        <message>
            <source>Devuelto a cobranza: {0}</source>
            <translation>Returned to collections: {0}</translation>
        </message>
        <message>
            <source>Tarea bloqueante: {0}</source>
            <translation>Blocking task: {0}</translation>
        </message>
        <message>
            <source>Jurídico ya aceptó este expediente: cobranza ve su etapa, el abogado y el radicado, y no puede modificarlo. Para cualquier cambio, comuníquese con el abogado a cargo.</source>
            <translation>Legal has accepted this case file: collections see its stage, the lawyer and the court file number, and cannot change it. For any change, contact the lawyer in charge.</translation>
        </message>
        <message>
            <source>Motivo: {0}</source>
            <translation>Reason: {0}</translation>
        </message>
        <message>
            <source>Clic para completar los datos del deudor</source>
            <translation>Click to complete the debtor's details</translation>
        </message>
        <message>
            <source>Clic para registrar el motivo para omitir la carta (o envíela en Comunicaciones)</source>
            <translation>Click to record why the demand letter is skipped (or send it under Notices)</translation>
        </message>
        <message>
            <source>Clic para anotar la revisión de la prescripción</source>
            <translation>Click to note the limitation review</translation>
        </message>
        <message>
            <source>Clic para agregar el escaneo del título en Pruebas</source>
            <translation>Click to add the scan of the title under Evidence</translation>
        </message>
        <message>
            <source>Clic para indicar dónde está el título original</source>
            <translation>Click to state where the original title is kept</translation>
        </message>
        <message>
            <source>Devolver a cobranza…</source>
            <translation>Return to collections…</translation>
        </message>
        <message>
            <source>Pasar a «{0}»</source>
            <translation>Move to “{0}”</translation>
        </message>
        <message>
            <source>Aceptar expediente…</source>
            <translation>Accept case…</translation>
        </message>
        <message>
            <source>Aceptar la entrega de cobranza: el expediente pasa a «{0}»</source>
            <translation>Accept the handover from collections: the case moves to «{0}»</translation>
        </message>
        <message>
            <source>Demanda subsanada…</source>
            <translation>Lawsuit corrected…</translation>
        </message>
        <message>
            <source>La demanda se subsanó a tiempo: el expediente vuelve a «{0}»</source>
            <translation>The lawsuit was corrected in time: the case goes back to «{0}»</translation>
        </message>
        <message>
            <source>Reabrir expediente…</source>
            <translation>Reopen case…</translation>
        </message>
        <message>
            <source>Un expediente cerrado solo se reabre con un motivo; queda en la auditoría</source>
            <translation>A closed case is reopened only with a reason; it stays in the audit log</translation>
        </message>
        <message>
            <source>Desarchivar…</source>
            <translation>Unarchive…</translation>
        </message>
        <message>
            <source>Archivar…</source>
            <translation>Archive…</translation>
        </message>
        <message>
            <source>Archivar oculta el expediente de la lista; nunca se borra</source>
            <translation>Archiving hides the case from the docket; it is never deleted</translation>
        </message>
        <message>
            <source>El expediente está cerrado; un abogado puede reabrirlo con un motivo.</source>
            <translation>The case is closed; a lawyer may reopen it with a reason.</translation>
        </message>
        <message>
            <source>El expediente está cerrado; no tiene etapas siguientes.</source>
            <translation>The case is closed; it has no next stages.</translation>
        </message>
        <message>
            <source>Su rol no puede cambiar la etapa de este expediente.</source>
            <translation>Your role cannot change the stage of this case.</translation>
        </message>
        <message>
            <source>Solo un abogado puede pasar a: {0}</source>
            <translation>Only a lawyer can move to: {0}</translation>
        </message>
        <message>
            <source>Reabrir expediente</source>
            <translation>Reopen case</translation>
        </message>
        <message>
            <source>Etapa en la que se reabre:</source>
            <translation>Stage to reopen in:</translation>
        </message>
        <message>
            <source>Motivo (obligatorio):</source>
            <translation>Reason (required):</translation>
        </message>
        <message>
            <source>Desarchivar expediente</source>
            <translation>Unarchive case</translation>
        </message>
        <message>
            <source>Archivar expediente</source>
            <translation>Archive case</translation>
        </message>
        <message>
            <source>Agregar</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Agrega una fila (Insert o Ctrl++ en la tabla)</source>
            <translation>Adds a row (Insert or Ctrl++ on the table)</translation>
        </message>
        <message>
            <source>Quita la fila en la que está (Ctrl+- en la tabla)</source>
            <translation>Removes the row you are on (Ctrl+- on the table)</translation>
        </message>
        <message>
            <source>&amp;Jurisdicción</source>
            <translation>&amp;Jurisdiction</translation>
        </message>
        <message>
            <source>{0} del ac&amp;reedor</source>
            <translation>C&amp;reditor's {0}</translation>
        </message>
        <message>
            <source>Indique el número de obligación</source>
            <translation>Enter the account number</translation>
        </message>
        <message>
            <source>Indique el nombre del deudor</source>
            <translation>Enter the debtor's name</translation>
        </message>
        <message>
            <source>«{0}» no es un correo electrónico válido</source>
            <translation>“{0}” is not a valid e-mail address</translation>
        </message>
        <message>
            <source>Indique de dónde salió el correo (Ley 2213 art. 8)</source>
            <translation>State where the e-mail address came from (Law 2213 art. 8)</translation>
        </message>
        <message>
            <source>Codeudores</source>
            <translation>Co-debtors</translation>
        </message>
        <message>
            <source>Agregue una fila por codeudor o avalista; deje la tabla vacía si no hay.</source>
            <translation>Add one row per co-debtor or guarantor; leave the table empty if there are none.</translation>
        </message>
        <message>
            <source>Fila {0}, nombre: es obligatorio</source>
            <translation>Row {0}, name: required</translation>
        </message>
        <message>
            <source>Fila {0}, documento: {1}</source>
            <translation>Row {0}, ID: {1}</translation>
        </message>
        <message>
            <source>Tasa moratoria &amp;pactada (% nominal anual)</source>
            <translation>Agreed default &amp;rate (% nominal p.a.)</translation>
        </message>
        <message>
            <source>Tasa moratoria &amp;pactada (% EA)</source>
            <translation>Agreed default &amp;rate (% p.a.)</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>El capital debe ser mayor que cero</source>
            <translation>The principal must be greater than zero</translation>
        </message>
        <message>
            <source>&amp;Codeudores y avalistas</source>
            <translation>&amp;Co-debtors and guarantors</translation>
        </message>
        <message>
            <source>Jurisdicción</source>
            <translation>Jurisdiction</translation>
        </message>
        <message>
            <source>Indique el número de documento del deudor</source>
            <translation>Enter the debtor's ID number</translation>
        </message>
        <message>
            <source>La emisión no puede ser posterior al vencimiento</source>
            <translation>The issue date cannot be after the due date</translation>
        </message>
        <message>
            <source>la tasa debe estar entre 0 y 200 % nominal anual</source>
            <translation>the rate must be between 0 and 200 % nominal p.a.</translation>
        </message>
        <message>
            <source>la tasa debe estar entre 0 y 200 % EA</source>
            <translation>the rate must be between 0 and 200 % p.a.</translation>
        </message>
        <message>
            <source>«{0}» no es una hora (use HH:MM)</source>
            <translation>“{0}” is not a time (use HH:MM)</translation>
        </message>
        <message>
            <source>Historia prejurídica</source>
            <translation>Pre-legal history</translation>
        </message>
        <message>
            <source>Gestiones realizadas, acuerdos incumplidos y comunicaciones enviadas (fechas dd/mm/aaaa).</source>
            <translation>Contacts made, broken agreements and notices sent (dates dd/mm/yyyy).</translation>
        </message>
        <message>
            <source>&amp;Gestiones</source>
            <translation>&amp;Contacts</translation>
        </message>
        <message>
            <source>Acuerdos de &amp;pago</source>
            <translation>&amp;Payment agreements</translation>
        </message>
        <message>
            <source>Co&amp;municaciones enviadas</source>
            <translation>Notices &amp;sent</translation>
        </message>
        <message>
            <source>Gestiones</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Valor total</source>
            <translation>Total amount</translation>
        </message>
        <message>
            <source>En la tabla, Insert agrega una fila y Ctrl+- quita aquella en la que está.</source>
            <translation>On the table, Insert adds a row and Ctrl+- removes the one you are on.</translation>
        </message>
        <message>
            <source>En cada tabla, Insert agrega una fila y Ctrl+- quita aquella en la que está.</source>
            <translation>On each table, Insert adds a row and Ctrl+- removes the one you are on.</translation>
        </message>
        <message>
            <source>falta el resultado</source>
            <translation>the outcome is missing</translation>
        </message>
        <message>
            <source>Fila {0}: {1}</source>
            <translation>Row {0}: {1}</translation>
        </message>
        <message>
            <source>el valor debe ser mayor que cero</source>
            <translation>the amount must be greater than zero</translation>
        </message>
        <message>
            <source>para correo certificado indique mensajería y guía</source>
            <translation>for certified mail enter the courier and tracking number</translation>
        </message>
        <message>
            <source>Revise las filas marcadas</source>
            <translation>Check the highlighted rows</translation>
        </message>
        <message>
            <source>Obligación</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Vencimiento</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Original</translation>
        </message>
        <message>
            <source>sin indicar</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>Acuerdos</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>{0} ({1} incumplidos)</source>
            <translation>{0} ({1} broken)</translation>
        </message>
        <message>
            <source>Comunicaciones</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Guardar como</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Juzgado, radicado, abogado, ubicación del título original, tasa pactada, costas y notas</source>
            <extracomment>Readiness items a user fixes by editing the case header: code → field the dialog focuses.</extracomment>
            <translation>Court, filing number, lawyer, location of the original title, agreed rate, costs and notes</translation>
        </message>
        <message>
            <source>Cancelado; no se cambió nada.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>Copia de seguridad</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Copiando la base de datos y los archivos de los expedientes…</source>
            <translation>Copying the database and the case files…</translation>
        </message>
        <message>
            <source>Copia guardada en %1: %2 expedientes y %3 archivos.</source>
            <translation>Backup saved to %1: %2 cases and %3 files.</translation>
        </message>
        <message>
            <source>Faltan %1 archivos en el almacén y no quedaron en la copia: use «Verificar integridad» para ver cuáles.</source>
            <translation>%1 files are missing from the store and are not in the backup: use “Verify integrity” to see which.</translation>
        </message>
        <message>
            <source>Incluye las %1 plantillas propias del despacho.</source>
            <translation>It includes the firm's own %1 templates.</translation>
        </message>
        <message>
            <source>Las plantillas propias del despacho NO quedaron en la copia: este equipo no encuentra su carpeta %1.</source>
            <translation>The firm's own templates are NOT in the backup: this computer cannot find their folder %1.</translation>
        </message>
        <message>
            <source>Restaurar copia de seguridad</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Restaurando los expedientes y copiando los archivos al almacén…</source>
            <translation>Restoring the cases and copying the files into the store…</translation>
        </message>
        <message>
            <source>Cargando los expedientes, usuarios y ajustes en la base de datos…</source>
            <translation>Loading the case files, users and settings into the database…</translation>
        </message>
        <message>
            <source>Copia restaurada: %1 expedientes, %2 usuarios y %3 archivos, en %4.</source>
            <translation>Backup restored: %1 cases, %2 users and %3 files, in %4.</translation>
        </message>
        <message>
            <source>Las plantillas propias del despacho quedaron en %1.</source>
            <translation>The firm's own templates are now in %1.</translation>
        </message>
        <message>
            <source>La copia no trae las plantillas propias del despacho y este equipo no encuentra su carpeta %1: conéctela, o elija otra en «Plantillas de documentos».</source>
            <translation>The backup does not carry the firm's own templates and this computer cannot find their folder %1: connect it, or choose another in “Document templates”.</translation>
        </message>
        <message>
            <source>legal_desk se cerrará: ábralo de nuevo e ingrese con un usuario de la copia; luego use «Verificar integridad».</source>
            <translation>legal_desk will close: open it again and log in with a user of the backup; then use «Verify integrity».</translation>
        </message>
        <message>
            <source>Verificar integridad</source>
            <translation>Verify integrity</translation>
        </message>
        <message>
            <source>Revisando el SHA-256 de cada archivo y la cadena de auditoría…</source>
            <translation>Checking every file's SHA-256 and the audit chain…</translation>
        </message>
        <message>
            <source>%1 archivos y %2 eventos de auditoría revisados.</source>
            <translation>%1 files and %2 audit events checked.</translation>
        </message>
        <message>
            <source>Todo está íntegro.</source>
            <translation>Everything is intact.</translation>
        </message>
        <message>
            <source>Archivo %1: %2</source>
            <translation>File %1: %2</translation>
        </message>
        <message>
            <source>Auditoría, evento %1: %2</source>
            <translation>Audit, event %1: %2</translation>
        </message>
        <message>
            <source>… y %1 más.</source>
            <translation>… and %1 more.</translation>
        </message>
        <message>
            <source>Se encontraron %1 problemas:</source>
            <translation>%1 problems found:</translation>
        </message>
        <message>
            <source>Un archivo que falta o cambió se recupera de una copia de seguridad hecha antes: Archivo → Recuperar archivos de una copia (la base de datos no se toca).</source>
            <translation>A missing or altered file is recovered from an earlier backup: File → Recover files from a backup (the database is not touched).</translation>
        </message>
        <message>
            <source>Recuperar archivos de una copia</source>
            <translation>Recover files from a backup</translation>
        </message>
        <message>
            <source>Buscando los archivos que faltan o cambiaron y tomándolos de la copia…</source>
            <translation>Looking for missing or altered files and taking them from the backup…</translation>
        </message>
        <message>
            <source>No falta ni cambió ningún archivo: no hubo nada que recuperar.</source>
            <translation>No file is missing or altered: nothing to recover.</translation>
        </message>
        <message>
            <source>Recuperado: %1</source>
            <translation>Recovered: %1</translation>
        </message>
        <message>
            <source>No está en la copia: %1</source>
            <translation>Not in the backup: %1</translation>
        </message>
        <message>
            <source>Se recuperó 1 archivo de la copia; la base de datos no se tocó.</source>
            <translation>1 file was recovered from the backup; the database was not touched.</translation>
        </message>
        <message>
            <source>Se recuperaron %1 archivos de la copia; la base de datos no se tocó.</source>
            <translation>%1 files were recovered from the backup; the database was not touched.</translation>
        </message>
        <message>
            <source>Los archivos alterados no se borraron: quedaron aparte en la carpeta «.alterados» de la carpeta de archivos.</source>
            <translation>The altered files were not deleted: they were set aside in the «.alterados» folder of the files folder.</translation>
        </message>
        <message>
            <source>Los que no están en esta copia pueden estar en otra más reciente o más antigua.</source>
            <translation>Those not in this backup may be in a newer or older one.</translation>
        </message>
        <message>
            <source>Comprobar una copia de seguridad</source>
            <translation>Check a backup</translation>
        </message>
        <message>
            <source>Leyendo la copia y comprobando el SHA-256 de cada archivo y tabla…</source>
            <translation>Reading the backup and checking the SHA-256 of every file and table…</translation>
        </message>
        <message>
            <source>Comprobación cancelada.</source>
            <translation>Check cancelled.</translation>
        </message>
        <message>
            <source>La copia %1 guarda %2 expedientes, %3 archivos y %4 plantillas propias.</source>
            <translation>The backup %1 holds %2 cases, %3 files and %4 firm templates.</translation>
        </message>
        <message>
            <source>Hecha el %1</source>
            <translation>Made on %1</translation>
        </message>
        <message>
            <source>por %1</source>
            <translation>by %1</translation>
        </message>
        <message>
            <source>con legal_desk %1</source>
            <translation>with legal_desk %1</translation>
        </message>
        <message>
            <source>Está completa y esta versión puede restaurarla.</source>
            <translation>It is complete and this version can restore it.</translation>
        </message>
        <message>
            <source>Es una copia antigua sin sumas SHA-256 de sus tablas: cada archivo se comprobó por su nombre.</source>
            <translation>It is an older backup without SHA-256 sums of its tables: each file was checked by its name.</translation>
        </message>
        <message>
            <source>No la use para restaurar: se encontraron %1 problemas:</source>
            <translation>Do not restore from it: %1 problems were found:</translation>
        </message>
        <message>
            <source>Guardar copia de seguridad</source>
            <translation>Save backup</translation>
        </message>
        <message>
            <source>Copia de legal_desk (*.zip)</source>
            <translation>legal_desk backup (*.zip)</translation>
        </message>
        <message>
            <source>Exportando %1 expedientes…</source>
            <translation>Exporting %1 case files…</translation>
        </message>
        <message>
            <source>Exportando los expedientes…</source>
            <translation>Exporting the case files…</translation>
        </message>
        <message>
            <source>Exportar expedientes</source>
            <translation>Export case files</translation>
        </message>
        <message>
            <source>Se exportaron %1 expedientes a %2.</source>
            <translation>%1 case files exported to %2.</translation>
        </message>
        <message>
            <source>Exportación cancelada; no se guardó ningún archivo.</source>
            <translation>Export cancelled; no file was saved.</translation>
        </message>
        <message>
            <source>Libro de Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV para Excel, separado por punto y coma (*.csv)</source>
            <translation>CSV for Excel, semicolon-separated (*.csv)</translation>
        </message>
        <message>
            <source>expedientes en curso como abogado: %1</source>
            <translation>cases in progress as lawyer: %1</translation>
        </message>
        <message>
            <source>expedientes en curso como dependiente: %1</source>
            <translation>cases in progress as paralegal: %1</translation>
        </message>
        <message>
            <source>términos abiertos: %1</source>
            <translation>open deadlines: %1</translation>
        </message>
        <message>
            <source>audiencias programadas: %1</source>
            <translation>scheduled hearings: %1</translation>
        </message>
        <message>
            <source>«%1» tiene a su cargo %2.</source>
            <translation>«%1» is in charge of %2.</translation>
        </message>
        <message>
            <source>Seguirán a su nombre, pero nadie podrá ingresar con ese usuario para atenderlos y sus audiencias y términos saldrán de la agenda propia de cada abogado: reasígnelos (Editar datos… en cada expediente).</source>
            <translation>They stay in their name, but nobody can log in as that user to attend to them, and their hearings and deadlines leave each lawyer's own agenda: reassign them (Edit details… in each case).</translation>
        </message>
        <message>
            <source>Seguirán a su nombre con el rol nuevo: reasígnelos a quien corresponda (Editar datos… en cada expediente).</source>
            <translation>They stay in their name under the new role: reassign them to whoever should have them (Edit details… in each case).</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Vence la propuesta del deudor de %1</source>
            <translation>The debtor's offer of %1 expires</translation>
        </message>
        <message>
            <source>Vence la propuesta del acreedor de %1</source>
            <translation>The creditor's offer of %1 expires</translation>
        </message>
        <message>
            <source>Estado: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>de contado</source>
            <translation>in cash</translation>
        </message>
        <message>
            <source>en %1 cuotas</source>
            <translation>in %1 instalments</translation>
        </message>
        <message>
            <source>Hecha el %1, %2; se puede aceptar hasta este día inclusive</source>
            <translation>Made on %1, %2; it can be accepted until this day inclusive</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Hora</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Asunto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Abogado</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>todo el día</source>
            <translation>all day</translation>
        </message>
        <message>
            <source>Audiencia</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <source>Término</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Propuesta</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Cruce</source>
            <translation>Clash</translation>
        </message>
        <message>
            <source>Se cruza con otra audiencia del mismo abogado.</source>
            <translation>Clashes with another hearing of the same lawyer.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Semana</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Mes</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Hoy</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Anterior</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Siguiente</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Exportar .ics…</source>
            <translation>Export .ics…</translation>
        </message>
        <message>
            <source>Calendario de la agenda</source>
            <translation>Agenda calendar</translation>
        </message>
        <message>
            <source>Audiencias y términos del periodo</source>
            <translation>Hearings and deadlines in the period</translation>
        </message>
        <message>
            <source>1 audiencia</source>
            <translation>1 hearing</translation>
        </message>
        <message>
            <source>%1 audiencias</source>
            <translation>%1 hearings</translation>
        </message>
        <message>
            <source>1 término</source>
            <translation>1 deadline</translation>
        </message>
        <message>
            <source>%1 términos</source>
            <translation>%1 deadlines</translation>
        </message>
        <message>
            <source>1 propuesta por vencer</source>
            <translation>1 offer about to expire</translation>
        </message>
        <message>
            <source>%1 propuestas por vencer</source>
            <translation>%1 offers about to expire</translation>
        </message>
        <message>
            <source>⚠ %1 audiencias se cruzan</source>
            <translation>⚠ %1 hearings clash</translation>
        </message>
        <message>
            <source>La agenda no está disponible en esta instalación.</source>
            <translation>The agenda is not available in this installation.</translation>
        </message>
        <message>
            <source>Exportar agenda</source>
            <translation>Export agenda</translation>
        </message>
        <message>
            <source>Exportados %1 eventos a %2</source>
            <translation>Exported %1 events to %2</translation>
        </message>
        <message>
            <source>… y %1 más (véalos en la agenda)</source>
            <translation>… and %1 more (see the agenda)</translation>
        </message>
        <message>
            <source>Hoy hay 1 audiencia:</source>
            <translation>1 hearing today:</translation>
        </message>
        <message>
            <source>Hoy hay %1 audiencias:</source>
            <translation>%1 hearings today:</translation>
        </message>
        <message>
            <source>1 audiencia hoy</source>
            <translation>1 hearing today</translation>
        </message>
        <message>
            <source>%1 audiencias hoy</source>
            <translation>%1 hearings today</translation>
        </message>
        <message>
            <source>1 término vence en los próximos 2 días hábiles:</source>
            <translation>1 deadline falls due within the next 2 business days:</translation>
        </message>
        <message>
            <source>%1 términos vencen en los próximos 2 días hábiles:</source>
            <translation>%1 deadlines fall due within the next 2 business days:</translation>
        </message>
        <message>
            <source>1 término vence en 2 días hábiles</source>
            <translation>1 deadline due within 2 business days</translation>
        </message>
        <message>
            <source>%1 términos vencen en 2 días hábiles</source>
            <translation>%1 deadlines due within 2 business days</translation>
        </message>
        <message>
            <source>Agenda: %1</source>
            <translation>Agenda: %1</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Vence (dd/mm/aaaa)</source>
            <translation>Due (dd/mm/yyyy)</translation>
        </message>
        <message>
            <source>Valor</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Valor de cada cuota</source>
            <translation>Amount of each instalment</translation>
        </message>
        <message>
            <source>Cuota {0}, fecha: {1}</source>
            <translation>Instalment {0}, date: {1}</translation>
        </message>
        <message>
            <source>Cuota {0}, valor</source>
            <translation>Instalment {0}, amount</translation>
        </message>
        <message>
            <source>Cuota {0}: no puede vencer antes de la firma</source>
            <translation>Instalment {0}: cannot fall due before signing</translation>
        </message>
        <message>
            <source>Cuotas: genere el plan o agregue al menos una cuota</source>
            <translation>Instalments: generate the plan or add at least one instalment</translation>
        </message>
        <message>
            <source>Acuerdo de pago firmado</source>
            <translation>Signed payment agreement</translation>
        </message>
        <message>
            <source>&amp;Firmado el:</source>
            <translation>&amp;Signed on:</translation>
        </message>
        <message>
            <source>Número de c&amp;uotas:</source>
            <translation>Number of ins&amp;talments:</translation>
        </message>
        <message>
            <source>&amp;Primera cuota:</source>
            <translation>&amp;First instalment:</translation>
        </message>
        <message>
            <source>&amp;Valor de cada cuota:</source>
            <translation>&amp;Amount of each instalment:</translation>
        </message>
        <message>
            <source>&amp;Generar plan de cuotas</source>
            <translation>&amp;Generate instalment plan</translation>
        </message>
        <message>
            <source>&amp;Agregar cuota</source>
            <translation>A&amp;dd instalment</translation>
        </message>
        <message>
            <source>&amp;Quitar cuota</source>
            <translation>&amp;Remove instalment</translation>
        </message>
        <message>
            <source>&amp;Notas:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>$ 0,00</source>
            <translation>$ 0.00</translation>
        </message>
    </context>
    <context>
        <name>AnnexModel</name>
        <message>
            <source>Documento generado</source>
            <extracomment>Where an annex comes from (context «AnnexModel», the model's own `tr`)</extracomment>
            <translation>Document generated</translation>
        </message>
        <message>
            <source>Prueba</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Bitácora de gestiones</source>
            <translation>Contact log</translation>
        </message>
        <message>
            <source>Anexo</source>
            <translation>Annex</translation>
        </message>
        <message>
            <source>Origen</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word: se convierte al armar</source>
            <translation>Word: converted when built</translation>
        </message>
        <message>
            <source>No: páselo a PDF</source>
            <translation>No: convert it to PDF</translation>
        </message>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Sin PDF</source>
            <translation>No PDF</translation>
        </message>
        <message>
            <source>Genere de nuevo el documento con PDF para incluirlo</source>
            <translation>Generate the document again with PDF to include it</translation>
        </message>
        <message>
            <source>{0}
Guardado solo en Word (DOCX): al armar el paquete se convierte a PDF con LibreOffice y el documento conserva ese PDF.</source>
            <translation>{0}
Saved only in Word (DOCX): when the packet is built it is converted to PDF with LibreOffice and the document keeps that PDF.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparando la base de datos de legal_desk… Después de una actualización, en un despacho grande, puede tardar un minuto; no cierre el programa.</source>
            <translation>Preparing the legal_desk database… After an update, on a large desk, this can take a minute; do not close the program.</translation>
        </message>
        <message>
            <source>No se pudo abrir legal_desk</source>
            <translation>legal_desk could not start</translation>
        </message>
    </context>
    <context>
        <name>BatchDocumentsDialog</name>
        <message>
            <source>Generar documentos en lote</source>
            <translation>Generate documents in batch</translation>
        </message>
        <message>
            <source>Plantilla:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <source>Expedientes:</source>
            <translation>Cases:</translation>
        </message>
        <message>
            <source>Carpeta de salida:</source>
            <translation>Output folder:</translation>
        </message>
        <message>
            <source>Opcional: además de guardarlos en cada expediente, copiarlos aquí</source>
            <translation>Optional: besides saving them in each case, copy them here</translation>
        </message>
        <message>
            <source>Elegir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Convertir también a PDF (LibreOffice)</source>
            <translation>Also convert to PDF (LibreOffice)</translation>
        </message>
        <message>
            <source>Generado (versión {0})</source>
            <translation>Generated (version {0})</translation>
        </message>
        <message>
            <source>Falló</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>No copiado</source>
            <translation>Not copied</translation>
        </message>
        <message>
            <source>{0} expedientes seleccionados</source>
            <translation>{0} cases selected</translation>
        </message>
        <message>
            <source>Obligación</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Resultado</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Detalle</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Generar</source>
            <translation>Generate</translation>
        </message>
        <message>
            <source>Cancelar generación</source>
            <translation>Cancel generation</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Un caso que falle se informa abajo y los demás continúan. Cada documento queda en su expediente.</source>
            <translation>A case that fails is reported below and the others go on. Each document is kept in its case file.</translation>
        </message>
        <message>
            <source>Contando los expedientes de cada etapa…</source>
            <translation>Counting the cases in each stage…</translation>
        </message>
        <message>
            <source>{0} expedientes</source>
            <translation>{0} cases</translation>
        </message>
        <message>
            <source>Carpeta de salida</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <source>Generando {0} documentos…</source>
            <translation>Generating {0} documents…</translation>
        </message>
        <message>
            <source>Cancelando…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Generados: {0} · Fallidos: {1}</source>
            <translation>Generated: {0} · Failed: {1}</translation>
        </message>
        <message>
            <source>copiados a {0}: {1}</source>
            <translation>copied to {0}: {1}</translation>
        </message>
        <message>
            <source>No se pudo generar el lote</source>
            <translation>The batch could not be generated</translation>
        </message>
        <message>
            <source>Generación cancelada; no se guardó ningún documento.</source>
            <translation>Generation cancelled; no document was saved.</translation>
        </message>
    </context>
    <context>
        <name>BulkImportDialog</name>
        <message>
            <source>Se importan todas las filas válidas y se informan las inválidas; si cancela, no se guarda nada.</source>
            <translation>Every valid row is imported and the invalid ones are listed; if you cancel, nothing is saved.</translation>
        </message>
        <message>
            <source>Importar entrega de cartera</source>
            <translation>Import portfolio handover</translation>
        </message>
        <message>
            <source>Arrastre aquí el archivo del banco (.csv o .xlsx) o elíjalo.</source>
            <translation>Drag the bank's file (.csv or .xlsx) here or choose it.</translation>
        </message>
        <message>
            <source>Elegir archivo…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Acreedor (p. ej. Banco Andino S.A.)</source>
            <translation>Creditor (e.g. Banco Andino S.A.)</translation>
        </message>
        <message>
            <source>NIT del acreedor</source>
            <translation>Creditor's tax ID (NIT)</translation>
        </message>
        <message>
            <source>Opcional. Un acreedor ya registrado (por NIT o nombre) se reutiliza.</source>
            <translation>Optional. A creditor already on the desk (by tax ID or name) is reused.</translation>
        </message>
        <message>
            <source>Acreedor:</source>
            <translation>Creditor:</translation>
        </message>
        <message>
            <source>Suelte aquí el archivo .csv o .xlsx</source>
            <translation>Drop the .csv or .xlsx file here</translation>
        </message>
        <message>
            <source>Ver vista previa</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Línea</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Columna</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>(toda la fila)</source>
            <translation>(whole row)</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Guardar informe de errores…</source>
            <translation>Save error report…</translation>
        </message>
        <message>
            <source>Importar filas válidas</source>
            <translation>Import valid rows</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Columnas obligatorias: %1.</source>
            <translation>Required columns: %1.</translation>
        </message>
        <message>
            <source>Las demás (título, correo, teléfono, dirección, codeudor, observaciones…) son opcionales; también se reconocen los nombres usuales de los bancos, y luego puede asignar a mano las que no se reconozcan.</source>
            <translation>The others (title, e-mail, phone, address, co-debtor, notes…) are optional; the usual bank spellings are recognised too, and you can then map by hand any column that is not.</translation>
        </message>
        <message>
            <source>Archivo del banco</source>
            <translation>Bank file</translation>
        </message>
        <message>
            <source>Entregas de cartera (*.csv *.xlsx);;Todos (*)</source>
            <translation>Portfolio handovers (*.csv *.xlsx);;All (*)</translation>
        </message>
        <message>
            <source>Archivo: {0}</source>
            <translation>File: {0}</translation>
        </message>
        <message>
            <source>Indique qué columna del archivo corresponde a cada campo obligatorio (*).</source>
            <translation>Choose which column of the file holds each required field (*).</translation>
        </message>
        <message>
            <source>(no importar)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <source>(sin encabezado)</source>
            <translation>(no header)</translation>
        </message>
        <message>
            <source>Faltan campos obligatorios: {0}.</source>
            <translation>Required fields missing: {0}.</translation>
        </message>
        <message>
            <source>Se leyó la hoja «{0}» ({1} hojas en el libro); encabezados en la fila {2}.</source>
            <translation>Sheet «{0}» was read ({1} sheets in the workbook); headers on row {2}.</translation>
        </message>
        <message>
            <source>Encabezados en la fila {0}; las filas de título de arriba no se importan.</source>
            <translation>Headers on row {0}; the title rows above them are not imported.</translation>
        </message>
        <message>
            <source>Cada campo solo puede venir de una columna: {0}</source>
            <translation>Each field can come from one column only: {0}</translation>
        </message>
        <message>
            <source>Faltan campos obligatorios: {0}</source>
            <translation>Required fields missing: {0}</translation>
        </message>
        <message>
            <source>Revisando las filas…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>{0} filas: {1} válidas, {2} inválidas (en rojo; el motivo está en la columna «Motivo»).</source>
            <translation>{0} rows: {1} valid, {2} invalid (in red; the reason is in the “Reason” column).</translation>
        </message>
        <message>
            <source>Importando…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Importación terminada: {0} expedientes creados, {1} filas rechazadas.</source>
            <translation>Import finished: {0} cases created, {1} rows rejected.</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Importación cancelada: no se guardó nada.</source>
            <translation>Import cancelled: nothing was saved.</translation>
        </message>
        <message>
            <source>Guardar informe de errores</source>
            <translation>Save error report</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Informe guardado en {0}</source>
            <translation>Report saved to {0}</translation>
        </message>
        <message>
            <source>Cancelando…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>CaseEditDialog</name>
        <message>
            <source>Editar datos del expediente {0}</source>
            <translation>Edit case file {0}</translation>
        </message>
        <message>
            <source>Solo un abogado o el administrador corrige el número de obligación</source>
            <translation>Only a lawyer or the administrator corrects the obligation number</translation>
        </message>
        <message>
            <source>Solo un abogado registra el radicado</source>
            <translation>Only a lawyer records the filing number</translation>
        </message>
        <message>
            <source>Lo registra el abogado</source>
            <translation>Recorded by the lawyer</translation>
        </message>
        <message>
            <source>Sin asignar</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>%1 (desactivado)</source>
            <translation>%1 (deactivated)</translation>
        </message>
        <message>
            <source>Número de o&amp;bligación:</source>
            <translation>&amp;Account number:</translation>
        </message>
        <message>
            <source>&amp;Tasa moratoria pactada (% nominal anual):</source>
            <translation>Agreed default &amp;rate (% nominal p.a.):</translation>
        </message>
        <message>
            <source>Número de obligación: no puede quedar vacío</source>
            <translation>Obligation number: cannot be left empty</translation>
        </message>
        <message>
            <source>Número de obligación: tiene %1 caracteres; el máximo es 60</source>
            <translation>Obligation number: it has %1 characters; the maximum is 60</translation>
        </message>
        <message>
            <source>Abogado asignado: no se puede dejar sin asignar; elija otro abogado</source>
            <translation>Assigned lawyer: cannot be left unassigned; choose another lawyer</translation>
        </message>
        <message>
            <source>Tasa pactada: {0}</source>
            <translation>Agreed rate: {0}</translation>
        </message>
        <message>
            <source>Tasa pactada: es un porcentaje nominal anual entre 0 y 200 (p. ej. 24,5)</source>
            <translation>Agreed rate: a nominal annual percentage between 0 and 200 (e.g. 24,5)</translation>
        </message>
        <message>
            <source>Tasa pactada: es un porcentaje efectivo anual entre 0 y 200 (p. ej. 24,5)</source>
            <translation>Agreed rate: an effective annual percentage between 0 and 200 (e.g. 24,5)</translation>
        </message>
        <message>
            <source>Costas: {0}</source>
            <translation>Costs: {0}</translation>
        </message>
        <message>
            <source>Costas: no pueden ser negativas</source>
            <translation>Costs: cannot be negative</translation>
        </message>
        <message>
            <source>Editar datos del expediente</source>
            <translation>Edit case file details</translation>
        </message>
        <message>
            <source>&amp;Juzgado:</source>
            <translation>&amp;Court:</translation>
        </message>
        <message>
            <source>C&amp;iudad del proceso:</source>
            <translation>C&amp;ity of the proceedings:</translation>
        </message>
        <message>
            <source>&amp;Radicado:</source>
            <translation>Court n&amp;umber:</translation>
        </message>
        <message>
            <source>&amp;Abogado asignado:</source>
            <translation>Assigned &amp;lawyer:</translation>
        </message>
        <message>
            <source>&amp;Ubicación del título original:</source>
            <translation>Location of the &amp;original title:</translation>
        </message>
        <message>
            <source>&amp;Motivo para no enviar carta de requerimiento:</source>
            <translation>Reason for not sending a &amp;demand letter:</translation>
        </message>
        <message>
            <source>Nota de revisión de la &amp;prescripción:</source>
            <translation>Limitation re&amp;view note:</translation>
        </message>
        <message>
            <source>&amp;Tasa moratoria pactada (% EA):</source>
            <translation>Agreed default &amp;rate (% EA):</translation>
        </message>
        <message>
            <source>&amp;Costas:</source>
            <translation>Cos&amp;ts:</translation>
        </message>
        <message>
            <source>&amp;Notas:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>Juzgado 75 Civil Municipal de Bogotá</source>
            <translation>Juzgado 75 Civil Municipal de Bogotá</translation>
        </message>
        <message>
            <source>23 dígitos</source>
            <translation>23 digits</translation>
        </message>
        <message>
            <source>Caja fuerte, oficina Bogotá</source>
            <translation>Safe, Bogotá office</translation>
        </message>
        <message>
            <source>Vacío si se envía la carta</source>
            <translation>Empty if the letter is sent</translation>
        </message>
        <message>
            <source>Interrupción, renuncia u otra razón para radicar</source>
            <translation>Interruption, waiver or another reason to file</translation>
        </message>
        <message>
            <source>p. ej. 24,5 — vacía: la tasa máxima de la tabla</source>
            <translation>e.g. 24.5 — empty: the table's maximum rate</translation>
        </message>
        <message>
            <source>$ 0</source>
            <translation>$ 0</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <source>Capital</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Moneda</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Fecha de vencimiento</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Título</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Fecha de emisión</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <source>Tasa moratoria pactada (EA)</source>
            <translation>Agreed default rate (EA)</translation>
        </message>
        <message>
            <source>Ubicación del original</source>
            <translation>Where the original is kept</translation>
        </message>
        <message>
            <source>Costas</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Prescripción</source>
            <translation>Limitation</translation>
        </message>
        <message>
            <source>Etapa</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Documento</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>Vencimiento</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Juzgado</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Radicado</source>
            <translation>Court number</translation>
        </message>
        <message>
            <source>Abogado</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Entregado por</source>
            <translation>Handed over by</translation>
        </message>
        <message>
            <source>Última actuación</source>
            <translation>Last procedural step</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <source>Resumen</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Resumen: datos, etapa, requisitos para radicar y tareas</source>
            <translation>Summary: details, stage, filing requirements and tasks</translation>
        </message>
        <message>
            <source>Partes</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Partes: deudor, codeudores y avalistas</source>
            <translation>Parties: debtor, co-debtors and guarantors</translation>
        </message>
        <message>
            <source>Deuda</source>
            <translation>Debt</translation>
        </message>
        <message>
            <source>Deuda y liquidación del crédito</source>
            <translation>Debt and liquidation of the claim</translation>
        </message>
        <message>
            <source>Pruebas</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Pruebas: archivos del expediente</source>
            <translation>Evidence: the case file's files</translation>
        </message>
        <message>
            <source>Gestiones</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Gestiones de cobro (llamadas, mensajes, visitas)</source>
            <translation>Collection contacts (calls, messages, visits)</translation>
        </message>
        <message>
            <source>Comunicaciones</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Comunicaciones enviadas y sus constancias de entrega</source>
            <translation>Notices sent and their proofs of delivery</translation>
        </message>
        <message>
            <source>Acuerdos</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Acuerdos de pago y sus cuotas</source>
            <translation>Payment agreements and their instalments</translation>
        </message>
        <message>
            <source>Documentos</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Documentos generados</source>
            <translation>Generated documents</translation>
        </message>
        <message>
            <source>Audiencias</source>
            <translation>Hearings</translation>
        </message>
        <message>
            <source>Medidas</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Medidas cautelares (embargos y secuestros)</source>
            <translation>Precautionary measures (attachments and seizures)</translation>
        </message>
        <message>
            <source>Ofertas</source>
            <translation>Offers</translation>
        </message>
        <message>
            <source>Negociación: ofertas de pago y contrapropuestas</source>
            <translation>Negotiation: payment offers and counter-offers</translation>
        </message>
        <message>
            <source>Pagos y abonos</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>Historial</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Historial: línea de tiempo del expediente</source>
            <translation>History: the case file's timeline</translation>
        </message>
        <message>
            <source>Ir a una sección del expediente</source>
            <translation>Go to a section of the case file</translation>
        </message>
        <message>
            <source>Cargando expediente…</source>
            <translation>Loading the case file…</translation>
        </message>
        <message>
            <source>La audiencia tiene advertencias:</source>
            <translation>The hearing has warnings:</translation>
        </message>
        <message>
            <source>¿Registrar de todos modos?</source>
            <translation>Register it anyway?</translation>
        </message>
        <message>
            <source>Si responde «No», puede corregir la fecha y la hora.</source>
            <translation>If you answer «No», you can correct the date and time.</translation>
        </message>
        <message>
            <source>Según la liquidación al {0} aún se deben {1}. Si el deudor pagó directamente al acreedor, registre ese pago en «Pagos» antes de cerrar.</source>
            <translation>According to the liquidation at {0}, {1} is still owed. If the debtor paid the creditor directly, record that payment in “Payments” before closing.</translation>
        </message>
        <message>
            <source>Pagos</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>No se pudo abrir el expediente: {0}</source>
            <translation>Could not open the case: {0}</translation>
        </message>
        <message>
            <source>Expediente {0} — {1}</source>
            <translation>Case {0} — {1}</translation>
        </message>
        <message>
            <source>versión {0} · {1}</source>
            <translation>version {0} · {1}</translation>
        </message>
        <message>
            <source>Su rol no permite esta acción.</source>
            <translation>Your role does not allow this action.</translation>
        </message>
        <message>
            <source>El expediente aún se está cargando; espere un momento.</source>
            <translation>The case file is still loading; wait a moment.</translation>
        </message>
        <message>
            <source>Jurídico ya aceptó este expediente: cobranza no puede modificarlo; pídalo al abogado a cargo.</source>
            <translation>Legal has accepted this case file: collections cannot change it; ask the lawyer in charge.</translation>
        </message>
        <message>
            <source>Su rol no puede modificar un expediente ya radicado; pídalo al abogado o al dependiente.</source>
            <translation>Your role cannot change a case file that has been filed; ask the lawyer or the paralegal.</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message>
            <source>Todas las etapas</source>
            <extracomment>Width of each column (in the model's order), the radicado's set by its 23 digits. The width of ten digits in the font the default widths were chosen for (9 pt): a larger font widens them. How many of the first columns of _DEFAULT_ORDER must fit the table's width (up to the limitation date). The order the columns are shown in at first: what a lawyer looks for (the case, its stage, the debtor, radicado and court, the next deadline, the limitation date) fits a 1366×768 laptop, and at 1280 px; the principal, ID number and lawyer come after. At 1366 px the radicado used to start at 990 px and the deadline and limitation columns were off the screen.</extracomment>
            <translation>All stages</translation>
        </message>
        <message>
            <source>Todos los abogados</source>
            <translation>All lawyers</translation>
        </message>
        <message>
            <source>Vistas guardadas…</source>
            <translation>Saved views…</translation>
        </message>
        <message>
            <source>Buscar por deudor, identificación, obligación o radicado (Ctrl+F)</source>
            <translation>Search by debtor, ID number, account or court number (Ctrl+F)</translation>
        </message>
        <message>
            <source>Buscar expedientes</source>
            <translation>Search cases</translation>
        </message>
        <message>
            <source>Por deudor, identificación, obligación o radicado</source>
            <translation>By debtor, ID number, account number or court case number</translation>
        </message>
        <message>
            <source>Lista de expedientes</source>
            <translation>Case list</translation>
        </message>
        <message>
            <source>Mis expedientes</source>
            <translation>My cases</translation>
        </message>
        <message>
            <source>Los expedientes en que usted es el dependiente asignado</source>
            <translation>Cases on which you are the assigned paralegal</translation>
        </message>
        <message>
            <source>Los expedientes asignados a usted y las entregas de cobranza que ningún abogado ha aceptado aún</source>
            <translation>Cases assigned to you and handovers from collections no lawyer has accepted yet</translation>
        </message>
        <message>
            <source>Incluir archivados</source>
            <translation>Include archived</translation>
        </message>
        <message>
            <source>Muestra también los expedientes archivados (para consultarlos o desarchivarlos)</source>
            <translation>Also show archived cases (to consult or unarchive them)</translation>
        </message>
        <message>
            <source>Guardar vista</source>
            <translation>Save view</translation>
        </message>
        <message>
            <source>Eliminar vista</source>
            <translation>Delete view</translation>
        </message>
        <message>
            <source>Exportar…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Guarda en Excel (.xlsx) o CSV todos los expedientes de la lista con los filtros actuales, con un resumen por etapa y por abogado</source>
            <translation>Saves every case file of the list with the current filters to Excel (.xlsx) or CSV, with a summary by stage and by lawyer</translation>
        </message>
        <message>
            <source>Actualizar la lista (F5): lee de nuevo los expedientes, con los cambios de otros equipos</source>
            <translation>Refresh the list (F5): reads the case files again, with other computers' changes</translation>
        </message>
        <message>
            <source>Actualizar la lista</source>
            <translation>Refresh the list</translation>
        </message>
        <message>
            <source>Filtrar por etapa</source>
            <translation>Filter by stage</translation>
        </message>
        <message>
            <source>Filtrar por abogado</source>
            <translation>Filter by lawyer</translation>
        </message>
        <message>
            <source>Nombre de la vista:</source>
            <translation>View name:</translation>
        </message>
        <message>
            <source>¿Eliminar la vista guardada «%1»?</source>
            <translation>Delete the saved view “%1”?</translation>
        </message>
        <message>
            <source>No se pudo leer la lista: %1</source>
            <translation>The list could not be read: %1</translation>
        </message>
        <message>
            <source>Contando expedientes…</source>
            <translation>Counting cases…</translation>
        </message>
        <message>
            <source>%1 expedientes</source>
            <translation>%1 cases</translation>
        </message>
        <message>
            <source>No tiene expedientes asignados ni entregas por aceptar. Desmarque «Mis expedientes» para ver los de todo el equipo.</source>
            <translation>You have no cases assigned and no handovers waiting to be accepted. Untick “My cases” to see the whole team's.</translation>
        </message>
        <message>
            <source>Ningún expediente coincide con la búsqueda y los filtros elegidos.</source>
            <translation>No case matches the search and the filters chosen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Aún no hay expedientes.&lt;/b&gt; Reciba una obligación con «Nuevo expediente» (Ctrl+N), o traiga el archivo CSV o Excel de cobranza con «Importar entregas» (Ctrl+I); allí también se indica el acreedor de todas las obligaciones del archivo.</source>
            <translation>&lt;b&gt;No cases yet.&lt;/b&gt; Receive an obligation with “New case” (Ctrl+N), or bring in the collections CSV or Excel file with “Import handovers” (Ctrl+I); that is also where you name the creditor of every obligation in the file.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Aún no hay expedientes.&lt;/b&gt; Aparecerán aquí cuando cobranza entregue obligaciones a jurídico.</source>
            <translation>&lt;b&gt;No cases yet.&lt;/b&gt; They will appear here when collections hand obligations over to legal.</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>Obligación</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Etapa</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Identificación</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Juzgado</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Radicado</source>
            <translation>Court number</translation>
        </message>
        <message>
            <source>Próxima audiencia</source>
            <translation>Next hearing</translation>
        </message>
        <message>
            <source>Próximo término</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <source>Prescripción</source>
            <translation>Limitation</translation>
        </message>
        <message>
            <source>Abogado</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Prescrita hace %1 día(s)</source>
            <translation>Time-barred %1 day(s) ago</translation>
        </message>
        <message>
            <source>Prescribe en %1 día(s)</source>
            <translation>Time-barred in %1 day(s)</translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Requisitos para radicar</source>
            <translation>Filing requirements</translation>
        </message>
        <message>
            <source>Todos los títulos</source>
            <translation>All titles</translation>
        </message>
        <message>
            <source>Jurisdicción:</source>
            <translation>Jurisdiction:</translation>
        </message>
        <message>
            <source>Tipo de título:</source>
            <translation>Title type:</translation>
        </message>
        <message>
            <source>Activo</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Aplica a</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>Regla</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Requisito</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <source>Activar / desactivar</source>
            <translation>Turn on / off</translation>
        </message>
        <message>
            <source>Cambiar texto…</source>
            <translation>Change wording…</translation>
        </message>
        <message>
            <source>Lo que se define para un tipo de título reemplaza la regla general para ese tipo. Cada cambio queda en la auditoría.</source>
            <translation>What is set for a title type replaces the general rule for that type. Every change is audited.</translation>
        </message>
        <message>
            <source>No se pudo completar</source>
            <translation>Could not complete</translation>
        </message>
        <message>
            <source>Cambiar texto</source>
            <translation>Change wording</translation>
        </message>
        <message>
            <source>Texto del requisito:</source>
            <translation>Requirement wording:</translation>
        </message>
    </context>
    <context>
        <name>ClosureDialog</name>
        <message>
            <source>Nuevo cierre del despacho judicial</source>
            <translation>New court closure</translation>
        </message>
        <message>
            <source>Paro judicial, falla técnica, circular del CSJ…</source>
            <translation>Judicial strike, technical failure, CSJ circular…</translation>
        </message>
        <message>
            <source>Vacío: toda la jurisdicción</source>
            <translation>Empty: the whole jurisdiction</translation>
        </message>
        <message>
            <source>Vacío: todas las ciudades</source>
            <translation>Empty: all cities</translation>
        </message>
        <message>
            <source>Reabrir día (hay despacho aunque el calendario lo cierre)</source>
            <translation>Reopen day (courts open although the calendar closes it)</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Juzgado</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Ciudad</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Indique el motivo del cierre.</source>
            <translation>Enter the reason for the closure.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Saliente</source>
            <translation>Outbound</translation>
        </message>
        <message>
            <source>Entrante</source>
            <translation>Inbound</translation>
        </message>
        <message>
            <source>No registrados: solo se revisan horario y frecuencia</source>
            <translation>Not recorded: only hours and frequency are checked</translation>
        </message>
        <message>
            <source>Resultado: indique qué pasó en la gestión</source>
            <translation>Outcome: say what happened in the contact</translation>
        </message>
        <message>
            <source>Registrar gestión de cobro</source>
            <translation>Log collection contact</translation>
        </message>
        <message>
            <source>&amp;Fecha y hora:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <source>&amp;Canal:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <source>&amp;Resultado:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>&amp;Notas:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy HH:mm</source>
            <translation>dd/MM/yyyy HH:mm</translation>
        </message>
        <message>
            <source>Canales autorizados:</source>
            <translation>Authorised channels:</translation>
        </message>
        <message>
            <source>&amp;Sentido:</source>
            <translation>D&amp;irection:</translation>
        </message>
    </context>
    <context>
        <name>CreditorDialog</name>
        <message>
            <source>DNI del re&amp;presentante:</source>
            <extracomment>How the creditor's tax ID is written outside Colombia (the form's own hint is the NIT's). Its label there, with an Alt+letter no other label of the form claims in Spanish or English.</extracomment>
            <translation>&amp;Representative's DNI:</translation>
        </message>
        <message>
            <source>CURP o RFC del re&amp;presentante:</source>
            <translation>&amp;Representative's CURP or RFC:</translation>
        </message>
        <message>
            <source>DNI o NIE del re&amp;presentante:</source>
            <translation>&amp;Representative's DNI or NIE:</translation>
        </message>
        <message>
            <source>Razón social: es obligatoria</source>
            <translation>Company name: required</translation>
        </message>
        <message>
            <source>Correo: «{0}» no es una dirección válida</source>
            <translation>E-mail: “{0}” is not a valid address</translation>
        </message>
        <message>
            <source>Datos del acreedor</source>
            <translation>Creditor details</translation>
        </message>
        <message>
            <source>El poder y la demanda citan estos datos del acreedor; valen para todos sus expedientes.</source>
            <translation>The power of attorney and the lawsuit cite these creditor details; they apply to all of the creditor's cases.</translation>
        </message>
        <message>
            <source>&amp;Razón social:</source>
            <translation>&amp;Company name:</translation>
        </message>
        <message>
            <source>NI&amp;T:</source>
            <translation>NIT (&amp;tax ID):</translation>
        </message>
        <message>
            <source>&amp;Dirección de notificación:</source>
            <translation>&amp;Address for service:</translation>
        </message>
        <message>
            <source>C&amp;iudad:</source>
            <translation>C&amp;ity:</translation>
        </message>
        <message>
            <source>Corr&amp;eo de notificaciones:</source>
            <translation>&amp;E-mail for notices:</translation>
        </message>
        <message>
            <source>Representante &amp;legal:</source>
            <translation>&amp;Legal representative:</translation>
        </message>
        <message>
            <source>Cédula del re&amp;presentante:</source>
            <translation>&amp;Representative's ID:</translation>
        </message>
        <message>
            <source>Con dígito de verificación, p. ej. 900123456-8</source>
            <translation>With the check digit, e.g. 900123456-8</translation>
        </message>
    </context>
    <context>
        <name>CutOff</name>
        <message>
            <source>Liquidación con corte al:</source>
            <translation>Liquidation cut-off date:</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Tablero de la cartera</source>
            <extracomment>closed stages shown as one bar each group: the process ended the case, or it left the desk without a process per currency (COP first): capital claimed, amount recovered; never added across currencies collections: their handovers legal accepted this month (None on the legal team's dashboard) Collections' tiles, each opening «Mis entregas» on that group (main_window.HANDOVER_FILTERS): what came back to them, what legal has still to accept, what they have not handed over yet, what legal took this month.</extracomment>
            <translation>Portfolio dashboard</translation>
        </message>
        <message>
            <source>Haga clic en un indicador para ver los expedientes correspondientes.</source>
            <translation>Click a figure to see the matching cases.</translation>
        </message>
        <message>
            <source>Listos para radicar</source>
            <translation>Ready to file</translation>
        </message>
        <message>
            <source>Audiencias esta semana</source>
            <translation>Hearings this week</translation>
        </message>
        <message>
            <source>Términos vencidos</source>
            <translation>Overdue deadlines</translation>
        </message>
        <message>
            <source>Prescriben en menos de 180 días</source>
            <translation>Time-barred within 180 days</translation>
        </message>
        <message>
            <source>Sus entregas a jurídico. Haga clic en un indicador para ver esas obligaciones.</source>
            <translation>Your handovers to legal. Click a figure to see those accounts.</translation>
        </message>
        <message>
            <source>Devueltas por jurídico, con el motivo</source>
            <translation>Returned by legal, with the reason</translation>
        </message>
        <message>
            <source>Entregadas, pendientes de aceptar por jurídico</source>
            <translation>Handed over, awaiting acceptance by legal</translation>
        </message>
        <message>
            <source>En cobro prejurídico, sin entregar</source>
            <translation>In pre-legal collection, not handed over</translation>
        </message>
        <message>
            <source>Aceptadas por jurídico este mes</source>
            <translation>Accepted by legal this month</translation>
        </message>
        <message>
            <source>la agenda de audiencias</source>
            <translation>the hearings agenda</translation>
        </message>
        <message>
            <source>los términos</source>
            <translation>the deadlines</translation>
        </message>
        <message>
            <source>Aún no hay expedientes: use «Nuevo expediente» o «Importar entregas» para empezar.</source>
            <translation>No cases yet: use “New case” or “Import handovers” to start.</translation>
        </message>
        <message>
            <source>No disponible en esta instalación: %1.</source>
            <translation>Not available in this installation: %1.</translation>
        </message>
        <message>
            <source>Expedientes por etapa</source>
            <translation>Cases by stage</translation>
        </message>
        <message>
            <source>Terminados</source>
            <translation>Concluded</translation>
        </message>
        <message>
            <source>Devueltos a cobranza o rechazados</source>
            <translation>Returned to collections or rejected</translation>
        </message>
        <message>
            <source>Expedientes</source>
            <translation>Docket</translation>
        </message>
        <message>
            <source>Sin expedientes</source>
            <translation>No cases</translation>
        </message>
        <message>
            <source>Capital reclamado frente a recuperado, por moneda</source>
            <translation>Principal claimed vs recovered, by currency</translation>
        </message>
        <message>
            <source>Capital reclamado frente a recuperado en %1</source>
            <translation>Capital claimed versus recovered in %1</translation>
        </message>
        <message>
            <source>Reclamado: %1 · Recuperado: %2</source>
            <translation>Claimed: %1 · Recovered: %2</translation>
        </message>
        <message>
            <source>millones</source>
            <translation>millions</translation>
        </message>
        <message>
            <source>miles</source>
            <translation>thousands</translation>
        </message>
        <message>
            <source>unidades</source>
            <translation>units</translation>
        </message>
        <message>
            <source>%1 (en %2)</source>
            <translation>%1 (in %2)</translation>
        </message>
        <message>
            <source>Reclamado</source>
            <translation>Claimed</translation>
        </message>
        <message>
            <source>Recuperado</source>
            <translation>Recovered</translation>
        </message>
        <message>
            <source>Reclamado: %1 · Recuperado: %2 (%3 %)</source>
            <translation>Claimed: %1 · Recovered: %2 (%3 %)</translation>
        </message>
    </context>
    <context>
        <name>EmbargoAdvanceDialog</name>
        <message>
            <source>{0} — estado actual: {1}</source>
            <translation>{0} — current status: {1}</translation>
        </message>
        <message>
            <source>La medida ya está levantada; no admite más cambios</source>
            <translation>The attachment has been lifted; no further changes allowed</translation>
        </message>
        <message>
            <source>Avanzar medida cautelar</source>
            <translation>Advance attachment</translation>
        </message>
        <message>
            <source>Nuevo &amp;estado:</source>
            <translation>New &amp;status:</translation>
        </message>
        <message>
            <source>&amp;Fecha:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Número de &amp;oficio:</source>
            <translation>&amp;Court letter number:</translation>
        </message>
        <message>
            <source>&amp;Notas:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>EmbargoDialog</name>
        <message>
            <source>Descripción: identifique el bien (cuenta, placa, matrícula…)</source>
            <translation>Description: identify the asset (account, plate, property registration…)</translation>
        </message>
        <message>
            <source>Límite de la medida</source>
            <translation>Attachment limit</translation>
        </message>
        <message>
            <source>Solicitar medida cautelar</source>
            <translation>Request attachment</translation>
        </message>
        <message>
            <source>&amp;Tipo de bien:</source>
            <translation>Asset &amp;type:</translation>
        </message>
        <message>
            <source>&amp;Descripción:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Entidad / registro:</source>
            <translation>&amp;Bank / registry:</translation>
        </message>
        <message>
            <source>&amp;Límite de la medida:</source>
            <translation>Attachment &amp;limit:</translation>
        </message>
        <message>
            <source>&amp;Fecha de solicitud:</source>
            <translation>&amp;Request date:</translation>
        </message>
        <message>
            <source>cuenta, placa, matrícula inmobiliaria…</source>
            <translation>account, plate, property registration…</translation>
        </message>
        <message>
            <source>$ 0,00 (opcional)</source>
            <translation>$ 0.00 (optional)</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>{field}: {error}</source>
            <extracomment>The catalogue of legal_desk.domain.messages, for lupdate (same Spanish text, character for character).</extracomment>
            <translation>{field}: {error}</translation>
        </message>
        <message>
            <source>{field}: falta el nombre</source>
            <translation>{field}: the name is missing</translation>
        </message>
        <message>
            <source>{field}: el correo «{email}» no es válido</source>
            <translation>{field}: the e-mail «{email}» is not valid</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Codeudor</source>
            <translation>Co-debtor</translation>
        </message>
        <message>
            <source>Codeudor {n}</source>
            <translation>Co-debtor {n}</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Valor del abono</source>
            <translation>Payment amount</translation>
        </message>
        <message>
            <source>Acreedor ({id_type})</source>
            <translation>Creditor ({id_type})</translation>
        </message>
        <message>
            <source>NIT del acreedor</source>
            <translation>Creditor tax ID (NIT)</translation>
        </message>
        <message>
            <source>«{raw}» no es un tipo de documento válido (use {types})</source>
            <translation>«{raw}» is not a valid document type (use {types})</translation>
        </message>
        <message>
            <source>{id_type} {number}: solo puede tener dígitos</source>
            <translation>{id_type} {number}: may only contain digits</translation>
        </message>
        <message>
            <source>{id_type} {number}: debe tener {size} dígitos y tiene {length}</source>
            <translation>{id_type} {number}: must have {size} digits and has {length}</translation>
        </message>
        <message>
            <source>{id_type} {number}: debe tener entre {low} y {high} dígitos y tiene {length}</source>
            <translation>{id_type} {number}: must have between {low} and {high} digits and has {length}</translation>
        </message>
        <message>
            <source>{id_type} {number}: no puede empezar por cero</source>
            <translation>{id_type} {number}: cannot start with zero</translation>
        </message>
        <message>
            <source>{id_type} {number}: solo puede tener letras sin tilde y dígitos</source>
            <translation>{id_type} {number}: may only contain unaccented letters and digits</translation>
        </message>
        <message>
            <source>{id_type} {number}: debe tener entre {low} y {high} caracteres y tiene {length}</source>
            <translation>{id_type} {number}: must have between {low} and {high} characters and has {length}</translation>
        </message>
        <message>
            <source>{id_type} {number}: debe tener al menos un dígito</source>
            <translation>{id_type} {number}: must contain at least one digit</translation>
        </message>
        <message>
            <source>NIT «{number}»: solo puede tener dígitos</source>
            <translation>NIT «{number}»: may only contain digits</translation>
        </message>
        <message>
            <source>NIT «{number}»: tiene más de {size} dígitos</source>
            <translation>NIT «{number}»: has more than {size} digits</translation>
        </message>
        <message>
            <source>NIT {number}: falta el dígito de verificación después del guion</source>
            <translation>NIT {number}: the check digit after the hyphen is missing</translation>
        </message>
        <message>
            <source>NIT {number}: el dígito de verificación es un solo dígito</source>
            <translation>NIT {number}: the check digit is a single digit</translation>
        </message>
        <message>
            <source>NIT {number}: el dígito de verificación debe ser {check}</source>
            <translation>NIT {number}: the check digit should be {check}</translation>
        </message>
        <message>
            <source>{id_type} {number}: el dígito verificador debe ser {check}</source>
            <translation>{id_type} {number}: the check digit should be {check}</translation>
        </message>
        <message>
            <source>{id_type} {number}: no es un número válido (ningún dígito verificador lo completa)</source>
            <translation>{id_type} {number}: not a valid number (no check digit completes it)</translation>
        </message>
        <message>
            <source>{id_type} {number}: la letra de control debe ser {check}</source>
            <translation>{id_type} {number}: the control letter should be {check}</translation>
        </message>
        <message>
            <source>DNI {number}: 7 u 8 dígitos (Argentina) u 8 dígitos y la letra (España, 12345678Z)</source>
            <translation>DNI {number}: 7 or 8 digits (Argentina) or 8 digits and the letter (Spain, 12345678Z)</translation>
        </message>
        <message>
            <source>DNI {number}: en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra (12.345.678)</source>
            <translation>DNI {number}: in Argentina the DNI has 7 or 8 digits and no letter (12.345.678)</translation>
        </message>
        <message>
            <source>DNI {number}: en España el DNI tiene 8 dígitos y la letra de control (12345678Z)</source>
            <translation>DNI {number}: in Spain the DNI has 8 digits and the check letter (12345678Z)</translation>
        </message>
        <message>
            <source>{id_type}: no es un documento de identidad de {country} (use {types})</source>
            <translation>{id_type}: not an identity document of {country} (use {types})</translation>
        </message>
        <message>
            <source>NIE {number}: escriba X, Y o Z, 7 dígitos y la letra (X1234567L)</source>
            <translation>NIE {number}: write X, Y or Z, 7 digits and the letter (X1234567L)</translation>
        </message>
        <message>
            <source>NIF {number}: escriba un DNI (12345678Z), un NIE (X1234567L) o un CIF (B12345674)</source>
            <translation>NIF {number}: write a DNI (12345678Z), an NIE (X1234567L) or a CIF (B12345674)</translation>
        </message>
        <message>
            <source>RFC {number}: 3 letras (persona moral) o 4 (física), la fecha AAMMDD y la homoclave de 3 caracteres</source>
            <translation>RFC {number}: 3 letters (company) or 4 (individual), the date YYMMDD and the 3-character homoclave</translation>
        </message>
        <message>
            <source>CURP {number}: 4 letras, la fecha AAMMDD, H, M o X, entidad (2 letras), 3 consonantes y 2 caracteres</source>
            <translation>CURP {number}: 4 letters, the date YYMMDD, H, M or X, state (2 letters), 3 consonants and 2 characters</translation>
        </message>
        <message>
            <source>{id_type} {number}: la fecha {date} no existe</source>
            <translation>{id_type} {number}: the date {date} does not exist</translation>
        </message>
        <message>
            <source>el valor está vacío</source>
            <translation>the amount is empty</translation>
        </message>
        <message>
            <source>«{text}» no es un número</source>
            <translation>«{text}» is not a number</translation>
        </message>
        <message>
            <source>«{text}» tiene separadores de miles mal puestos o más de dos decimales (escriba 1.234.567,89 o 1234567.89)</source>
            <translation>«{text}» has misplaced thousands separators or more than two decimals (write 1.234.567,89 or 1234567.89)</translation>
        </message>
        <message>
            <source>el valor {text} es negativo</source>
            <translation>the amount {text} is negative</translation>
        </message>
        <message>
            <source>«{text}» tiene más de dos decimales</source>
            <translation>«{text}» has more than two decimals</translation>
        </message>
        <message>
            <source>la fecha está vacía</source>
            <translation>the date is empty</translation>
        </message>
        <message>
            <source>«{text}» no es una fecha (use AAAA-MM-DD o DD/MM/AAAA)</source>
            <translation>«{text}» is not a date (use YYYY-MM-DD or DD/MM/YYYY)</translation>
        </message>
        <message>
            <source>«{text}» no es una fecha real</source>
            <translation>«{text}» is not a real date</translation>
        </message>
        <message>
            <source>Fecha del evento: el {day} es posterior a hoy ({today}); registre la actuación cuando ocurra</source>
            <translation>Event date: {day} is after today ({today}); record the procedural step once it happens</translation>
        </message>
        <message>
            <source>Acuse de recibo: el {day} es posterior a hoy ({today})</source>
            <translation>Acknowledgement of receipt: {day} is after today ({today})</translation>
        </message>
        <message>
            <source>Fecha de la prueba: el {day} es posterior a hoy ({today}); indique la fecha del documento</source>
            <translation>Evidence date: {day} is after today ({today}); enter the date of the document</translation>
        </message>
        <message>
            <source>Fecha del abono: el {day} es posterior a hoy ({today}); registre el abono cuando se reciba</source>
            <translation>Payment date: {day} is after today ({today}); record the payment once it is received</translation>
        </message>
        <message>
            <source>El abono del {day} completó el acuerdo firmado el {signed} y el expediente {ref} terminó por acuerdo cumplido: reabra el expediente («Reabrir expediente…») y anule el abono después</source>
            <translation>The payment of {day} completed the agreement signed on {signed} and case {ref} closed as settled: reopen the case («Reopen case…») and reverse the payment afterwards</translation>
        </message>
        <message>
            <source>La fecha de envío {day} está en el futuro</source>
            <translation>The date sent, {day}, is in the future</translation>
        </message>
        <message>
            <source>La entrega del {day} está en el futuro; indique la fecha que dice la constancia</source>
            <translation>The delivery on {day} is in the future; enter the date the proof shows</translation>
        </message>
        <message>
            <source>La devolución del {day} está en el futuro; indique la fecha que dice la constancia</source>
            <translation>The return on {day} is in the future; enter the date the proof shows</translation>
        </message>
        <message>
            <source>La gestión del {day} está en el futuro; registre las gestiones ya hechas</source>
            <translation>The contact attempt on {day} is in the future; log only attempts already made</translation>
        </message>
        <message>
            <source>Límite de la medida</source>
            <translation>Attachment limit</translation>
        </message>
        <message>
            <source>Valor de la propuesta</source>
            <translation>Offer amount</translation>
        </message>
        <message>
            <source>Cuota {n}</source>
            <translation>Instalment {n}</translation>
        </message>
        <message>
            <source>debe ser mayor que cero</source>
            <translation>must be greater than zero</translation>
        </message>
        <message>
            <source>es obligatorio y está vacío</source>
            <translation>is required and is empty</translation>
        </message>
        <message>
            <source>la fila tiene más celdas ({cells}) que el encabezado ({width}): revise el separador o las comillas</source>
            <translation>the row has more cells ({cells}) than the header ({width}): check the separator or the quotes</translation>
        </message>
        <message>
            <source>tiene {length} caracteres; el máximo es {limit}</source>
            <translation>has {length} characters; the maximum is {limit}</translation>
        </message>
        <message>
            <source>la obligación «{ref}» ya aparece en la línea {first}</source>
            <translation>account «{ref}» already appears on line {first}</translation>
        </message>
        <message>
            <source>la obligación {ref} ya fue entregada a jurídico</source>
            <translation>account {ref} was already handed over to legal</translation>
        </message>
        <message>
            <source>«{name}» no parece un nombre</source>
            <translation>«{name}» does not look like a name</translation>
        </message>
        <message>
            <source>«{email}» no es un correo electrónico válido</source>
            <translation>«{email}» is not a valid e-mail address</translation>
        </message>
        <message>
            <source>«{phone}» no es un teléfono válido (7 a 15 dígitos)</source>
            <translation>«{phone}» is not a valid phone number (7 to 15 digits)</translation>
        </message>
        <message>
            <source>falta: los datos del codeudor van completos (nombre, tipo y número de documento) o vacíos</source>
            <translation>missing: the co-debtor's data go all filled in (name, document type and number) or all empty</translation>
        </message>
        <message>
            <source>«{value}» no es una jurisdicción admitida (CO, AR, MX o ES)</source>
            <translation>«{value}» is not a supported jurisdiction (CO, AR, MX or ES)</translation>
        </message>
        <message>
            <source>«{value}» no es un código de moneda de 3 letras (p. ej. COP)</source>
            <translation>«{value}» is not a 3-letter currency code (e.g. COP)</translation>
        </message>
        <message>
            <source>«{value}» no es un tipo de título admitido (pagaré, letra, factura, contrato o cheque)</source>
            <translation>«{value}» is not a supported title type (promissory note, bill of exchange, invoice, contract or cheque)</translation>
        </message>
        <message>
            <source>el valor no es un número finito</source>
            <translation>the amount is not a finite number</translation>
        </message>
        <message>
            <source>el capital debe ser mayor que cero</source>
            <translation>the principal must be greater than zero</translation>
        </message>
        <message>
            <source>la fecha {date} está fuera de rango (1950–2100)</source>
            <translation>the date {date} is out of range (1950–2100)</translation>
        </message>
        <message>
            <source>El usuario «{user}» (rol {role}) no puede {action}</source>
            <translation>User «{user}» (role {role}) may not {action}</translation>
        </message>
        <message>
            <source>No se puede pasar de «{current}» a «{target}»</source>
            <translation>A case cannot move from «{current}» to «{target}»</translation>
        </message>
        <message>
            <source>Indique el motivo para pasar a «{target}»</source>
            <translation>Give the reason for moving to «{target}»</translation>
        </message>
        <message>
            <source>la columna «{header}» elegida en la correspondencia no está en el archivo</source>
            <translation>the column «{header}» chosen in the mapping is not in the file</translation>
        </message>
        <message>
            <source>«{key}» no es un campo conocido de la entrega de cartera</source>
            <translation>«{key}» is not a known field of a portfolio handover</translation>
        </message>
        <message>
            <source>las columnas «{first}» y «{second}» significan lo mismo ({header}); deje una sola o elija cuál usar</source>
            <translation>the columns «{first}» and «{second}» mean the same ({header}); keep only one or choose which to use</translation>
        </message>
        <message>
            <source>faltan columnas obligatorias: {columns}</source>
            <translation>required columns are missing: {columns}</translation>
        </message>
        <message>
            <source>el archivo {path} no existe</source>
            <translation>the file {path} does not exist</translation>
        </message>
        <message>
            <source>{path} no es un archivo</source>
            <translation>{path} is not a file</translation>
        </message>
        <message>
            <source>{name} es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo de nuevo</source>
            <translation>{name} is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import it again</translation>
        </message>
        <message>
            <source>{name}: extensión «{suffix}» no admitida (use .csv o .xlsx)</source>
            <translation>{name}: extension «{suffix}» is not supported (use .csv or .xlsx)</translation>
        </message>
        <message>
            <source>{name} está vacío</source>
            <translation>{name} is empty</translation>
        </message>
        <message>
            <source>{name}: texto UTF-16 dañado</source>
            <translation>{name}: damaged UTF-16 text</translation>
        </message>
        <message>
            <source>{name} parece un libro de Excel: cambie la extensión a .xlsx</source>
            <translation>{name} looks like an Excel workbook: change its extension to .xlsx</translation>
        </message>
        <message>
            <source>{name} parece un libro de Excel 97-2003: guárdelo como .xlsx o CSV</source>
            <translation>{name} looks like an Excel 97-2003 workbook: save it as .xlsx or CSV</translation>
        </message>
        <message>
            <source>{name} no es un archivo de texto CSV (contiene datos binarios)</source>
            <translation>{name} is not a CSV text file (it contains binary data)</translation>
        </message>
        <message>
            <source>{name}: dice ser UTF-8 pero tiene bytes inválidos</source>
            <translation>{name}: it says it is UTF-8 but has invalid bytes</translation>
        </message>
        <message>
            <source>{name}: codificación no reconocida (guárdelo como CSV UTF-8 o Windows-1252)</source>
            <translation>{name}: unrecognised encoding (save it as CSV UTF-8 or Windows-1252)</translation>
        </message>
        <message>
            <source>no se puede leer {name}: {reason}</source>
            <translation>cannot read {name}: {reason}</translation>
        </message>
        <message>
            <source>{name}, línea {line}: CSV mal formado ({detail})</source>
            <translation>{name}, line {line}: malformed CSV ({detail})</translation>
        </message>
        <message>
            <source>{name} no es un libro de Excel .xlsx válido (no es un archivo ZIP)</source>
            <translation>{name} is not a valid Excel .xlsx workbook (it is not a ZIP file)</translation>
        </message>
        <message>
            <source>{name} no es un libro de Excel .xlsx válido ({detail})</source>
            <translation>{name} is not a valid Excel .xlsx workbook ({detail})</translation>
        </message>
        <message>
            <source>{name} no tiene hojas</source>
            <translation>{name} has no sheets</translation>
        </message>
        <message>
            <source>la fórmula «={formula}»</source>
            <translation>the formula «={formula}»</translation>
        </message>
        <message>
            <source>una fórmula</source>
            <translation>a formula</translation>
        </message>
        <message>
            <source>{name}: la celda {cell} tiene {what} sin valor calculado (el archivo no se guardó con Excel ni LibreOffice); ábralo, guárdelo de nuevo y vuelva a importarlo</source>
            <translation>{name}: cell {cell} holds {what} with no calculated value (the file was not saved with Excel or LibreOffice); open it, save it again and import it again</translation>
        </message>
        <message>
            <source>{name} está vacío (la primera hoja no tiene datos)</source>
            <translation>{name} is empty (the first sheet has no data)</translation>
        </message>
        <message>
            <source>{name} solo tiene la fila de encabezados; no hay filas de datos</source>
            <translation>{name} has only the header row; there are no data rows</translation>
        </message>
        <message>
            <source>Cobranza solo ve los expedientes que entregó</source>
            <translation>Collections only sees the case files it handed over</translation>
        </message>
        <message>
            <source>Cobranza solo puede modificar los expedientes que entregó</source>
            <translation>Collections may only change the case files it handed over</translation>
        </message>
        <message>
            <source>El expediente {ref} ya lo aceptó jurídico (etapa «{stage}»): cobranza solo ve su etapa, el abogado, el radicado y el motivo de cierre o devolución, en «Mis entregas»</source>
            <translation>Legal has already accepted case file {ref} (stage «{stage}»): collections only sees its stage, the lawyer, the court file number and the reason for closing or returning it, under «My handovers»</translation>
        </message>
        <message>
            <source>El expediente {ref} ya lo aceptó jurídico (etapa «{stage}»): cobranza ya no puede modificarlo; pida el cambio al abogado a cargo</source>
            <translation>Legal has already accepted case file {ref} (stage «{stage}»): collections can no longer change it; ask the lawyer in charge for the change</translation>
        </message>
        <message>
            <source>{who} modificó el expediente {ref}{when}{what} después de que usted lo abrió. Vuelva a cargarlo y repita el cambio.</source>
            <translation>{who} changed case file {ref}{when}{what} after you opened it. Reload it and make the change again.</translation>
        </message>
        <message>
            <source>Otro usuario</source>
            <translation>Another user</translation>
        </message>
        <message>
            <source> el {day} a las {time}</source>
            <translation> on {day} at {time}</translation>
        </message>
        <message>
            <source> («{summary}»)</source>
            <translation> («{summary}»)</translation>
        </message>
        <message>
            <source>Otro usuario modificó este registro al mismo tiempo; vuelva a cargarlo y repita el cambio</source>
            <translation>Another user changed this record at the same time; reload it and make the change again</translation>
        </message>
        <message>
            <source>Otro usuario registró el mismo dato al mismo tiempo (p. ej. el mismo número de obligación); vuelva a cargar y revise</source>
            <translation>Another user recorded the same data at the same time (e.g. the same account number); reload and check</translation>
        </message>
        <message>
            <source>Falta el número de obligación</source>
            <translation>The account number is missing</translation>
        </message>
        <message>
            <source>La obligación {ref} ya fue entregada a jurídico</source>
            <translation>Account {ref} was already handed over to legal</translation>
        </message>
        <message>
            <source>Jurisdicción «{value}» desconocida (use CO, AR, MX o ES)</source>
            <translation>Unknown jurisdiction «{value}» (use CO, AR, MX or ES)</translation>
        </message>
        <message>
            <source>Moneda «{value}»: use un código ISO de 3 letras (COP, ARS, MXN, EUR)</source>
            <translation>Currency «{value}»: use a 3-letter ISO code (COP, ARS, MXN, EUR)</translation>
        </message>
        <message>
            <source>Tipo de título «{value}» desconocido</source>
            <translation>Unknown title type «{value}»</translation>
        </message>
        <message>
            <source>Etapa «{value}» desconocida</source>
            <translation>Unknown stage «{value}»</translation>
        </message>
        <message>
            <source>El usuario «{user}» (rol {role}) no puede corregir el número de obligación: lo corrige un abogado o el administrador</source>
            <translation>User «{user}» (role {role}) may not correct the account number: a lawyer or the administrator corrects it</translation>
        </message>
        <message>
            <source>Número de obligación: no puede quedar vacío</source>
            <translation>Account number: cannot be left empty</translation>
        </message>
        <message>
            <source>Número de obligación: {ref} ya es el del expediente {other}</source>
            <translation>Account number: {ref} already belongs to case file {other}</translation>
        </message>
        <message>
            <source>Las costas no pueden ser negativas</source>
            <translation>Costs cannot be negative</translation>
        </message>
        <message>
            <source>La tasa pactada es un porcentaje efectivo anual entre 0 y 200</source>
            <translation>The agreed rate is an effective annual percentage between 0 and 200</translation>
        </message>
        <message>
            <source>La tasa pactada es un porcentaje nominal anual entre 0 y 200</source>
            <translation>The agreed rate is a nominal annual percentage between 0 and 200</translation>
        </message>
        <message>
            <source>Tasa pactada: indique una tasa o quítela, no ambas</source>
            <translation>Agreed rate: enter a rate or remove it, not both</translation>
        </message>
        <message>
            <source>La fecha de emisión no puede ser posterior al vencimiento</source>
            <translation>The issue date cannot be after the due date</translation>
        </message>
        <message>
            <source>Acreedor: indique la razón social y el {tax_id}</source>
            <translation>Creditor: enter the company name and the {tax_id}</translation>
        </message>
        <message>
            <source>{tax_id} del acreedor: no puede quedar vacío</source>
            <translation>Creditor's {tax_id}: cannot be left empty</translation>
        </message>
        <message>
            <source>{tax_id} del acreedor: {nit} ya es de «{other}»</source>
            <translation>Creditor's {tax_id}: {nit} already belongs to «{other}»</translation>
        </message>
        <message>
            <source>Razón social del acreedor: no puede quedar vacía</source>
            <translation>Creditor's company name: cannot be left empty</translation>
        </message>
        <message>
            <source>Costas</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>el valor {text} supera el máximo admitido ({maximum})</source>
            <translation>the amount {text} exceeds the maximum allowed ({maximum})</translation>
        </message>
        <message>
            <source>No existe el abono {id}</source>
            <translation>There is no payment {id}</translation>
        </message>
        <message>
            <source>Indique por qué se anula el abono (p. ej. «valor mal digitado», «consignación de otro deudor»)</source>
            <translation>Say why the payment is reversed (e.g. «amount mistyped», «another debtor's deposit»)</translation>
        </message>
        <message>
            <source>Fecha de la medida: el {day} es posterior a hoy ({today}); regístrela cuando el juzgado o la entidad la practique</source>
            <translation>Date of the measure: {day} is after today ({today}); record it once the court or the entity has carried it out</translation>
        </message>
        <message>
            <source>Recuperación cancelada: {done} archivos ya se recuperaron; la base de datos no se tocó</source>
            <translation>Recovery cancelled: {done} files were already recovered; the database was not touched</translation>
        </message>
        <message>
            <source>Incumplimiento del acuerdo: el {day} es posterior a hoy ({today}); márquelo incumplido cuando el deudor deje de pagar</source>
            <translation>Agreement breach: {day} is after today ({today}); mark it broken when the debtor stops paying</translation>
        </message>
        <message>
            <source>El acuerdo firmado el {signed} no puede estar incumplido desde el {day}, antes de firmarse; indique la fecha en que el deudor dejó de pagar</source>
            <translation>The agreement signed on {signed} cannot be broken since {day}, before it was signed; give the date the debtor stopped paying</translation>
        </message>
        <message>
            <source>el capital supera el máximo admitido ({maximum})</source>
            <translation>the principal exceeds the maximum allowed ({maximum})</translation>
        </message>
        <message>
            <source>faltan columnas obligatorias: {columns}. Los encabezados se leyeron en la {where}: {headers}; dé a esas columnas los nombres indicados (o asígnelas en la ventana de importación) y vuelva a importar</source>
            <translation>required columns are missing: {columns}. The headers were read from {where}: {headers}; give those columns the names shown (or map them in the import window) and import again</translation>
        </message>
        <message>
            <source>línea {line}</source>
            <translation>line {line}</translation>
        </message>
        <message>
            <source>fila {line} de la hoja «{sheet}»</source>
            <translation>row {line} of sheet «{sheet}»</translation>
        </message>
        <message>
            <source>{name} está vacío (ninguna de sus hojas tiene datos)</source>
            <translation>{name} is empty (none of its sheets has data)</translation>
        </message>
        <message>
            <source>{name} está protegido con contraseña: ábralo en Excel, quite la contraseña (Archivo → Información → Proteger libro → Cifrar con contraseña, en blanco), guárdelo y vuelva a importarlo</source>
            <translation>{name} is password-protected: open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, left blank), save it and import it again</translation>
        </message>
        <message>
            <source>{name} es una hoja de cálculo de LibreOffice (.ods): guárdela como .xlsx o CSV y vuelva a importarla</source>
            <translation>{name} is a LibreOffice spreadsheet (.ods): save it as .xlsx or CSV and import it again</translation>
        </message>
        <message>
            <source>{name} es un archivo de texto (CSV), no un libro de Excel: cambie la extensión a .csv</source>
            <translation>{name} is a text (CSV) file, not an Excel workbook: change its extension to .csv</translation>
        </message>
        <message>
            <source>parece una fila de totales («{ref}»), no una obligación: no se importa</source>
            <translation>looks like a totals row («{ref}»), not an account: it is not imported</translation>
        </message>
        <message>
            <source>la celda {cell} («{value}») está fuera de las columnas del encabezado: póngale un encabezado a esa columna o borre el valor</source>
            <translation>cell {cell} («{value}») is outside the header's columns: give that column a header or delete the value</translation>
        </message>
        <message>
            <source>la celda {cell} está combinada con {first}: un capital no se reparte entre filas; separe las celdas y escriba el capital de cada obligación</source>
            <translation>cell {cell} is merged with {first}: a principal is not shared between rows; unmerge the cells and write each account's principal</translation>
        </message>
        <message>
            <source>Correo del acreedor: «{email}» no es una dirección válida</source>
            <translation>Creditor's e-mail: «{email}» is not a valid address</translation>
        </message>
        <message>
            <source>El usuario asignado como {what} no existe</source>
            <translation>The user assigned as {what} does not exist</translation>
        </message>
        <message>
            <source>El usuario «{user}» está desactivado; no puede asignarse como {what}</source>
            <translation>User «{user}» is deactivated; they cannot be assigned as {what}</translation>
        </message>
        <message>
            <source>«{user}» tiene el rol {role}: no puede asignarse como {what} (roles posibles: {roles})</source>
            <translation>«{user}» has the role {role}: they cannot be assigned as {what} (possible roles: {roles})</translation>
        </message>
        <message>
            <source>abogado</source>
            <translation>lawyer</translation>
        </message>
        <message>
            <source>dependiente</source>
            <translation>paralegal</translation>
        </message>
        <message>
            <source>Para pasar {ref} a «{stage}» registre primero el acuerdo de pago firmado (pestaña Acuerdos → «Registrar acuerdo…»)</source>
            <translation>To move {ref} to «{stage}», first record the signed payment agreement (Agreements tab → «Record agreement…»)</translation>
        </message>
        <message>
            <source>El expediente aún no está listo para radicar. Falta: {missing}</source>
            <translation>The case file is not ready to be filed yet. Missing: {missing}</translation>
        </message>
        <message>
            <source>{label}: {detail}</source>
            <translation>{label}: {detail}</translation>
        </message>
        <message>
            <source>Para radicar indique el número de radicado</source>
            <translation>To file, enter the court file number</translation>
        </message>
        <message>
            <source>El radicado «{text}» tiene {n} dígitos: el de un proceso en Colombia tiene 23 (código único, p. ej. 11001-40-03-012-2024-00123-00); cópielo completo del auto o de la consulta de procesos</source>
            <translation>The court file number «{text}» has {n} digits: a Colombian proceeding's has 23 (the unique code, e.g. 11001-40-03-012-2024-00123-00); copy it whole from the court order or the case lookup</translation>
        </message>
        <message>
            <source>Indique el motivo para reabrir el expediente</source>
            <translation>Enter the reason for reopening the case file</translation>
        </message>
        <message>
            <source>El expediente {ref} no está cerrado («{stage}»)</source>
            <translation>Case file {ref} is not closed («{stage}»)</translation>
        </message>
        <message>
            <source>Un expediente «{stage}» se reabre en: {allowed}</source>
            <translation>A case file in «{stage}» reopens in: {allowed}</translation>
        </message>
        <message>
            <source>Indique el motivo para archivar</source>
            <translation>Enter the reason for archiving</translation>
        </message>
        <message>
            <source>Indique el lugar o el enlace de la audiencia</source>
            <translation>Enter the place or the link of the hearing</translation>
        </message>
        <message>
            <source>Indique la nueva fecha de la audiencia aplazada</source>
            <translation>Enter the new date of the postponed hearing</translation>
        </message>
        <message>
            <source>Describa el bien (cuenta, placa, matrícula inmobiliaria…)</source>
            <translation>Describe the asset (account, licence plate, property registration…)</translation>
        </message>
        <message>
            <source>Una medida «{status}» no puede pasar a «{to}»</source>
            <translation>An attachment that is «{status}» cannot move to «{to}»</translation>
        </message>
        <message>
            <source>La medida quedó «{status}» el {day}: no puede pasar a «{to}» en una fecha anterior ({new_day})</source>
            <translation>The attachment became «{status}» on {day}: it cannot become «{to}» on an earlier date ({new_day})</translation>
        </message>
        <message>
            <source>El número de cuotas debe ser al menos 1</source>
            <translation>The number of instalments must be at least 1</translation>
        </message>
        <message>
            <source>La propuesta no puede vencer antes de hacerse</source>
            <translation>The offer cannot expire before it is made</translation>
        </message>
        <message>
            <source>Solo se puede contraofertar una propuesta abierta</source>
            <translation>Only an open offer can be countered</translation>
        </message>
        <message>
            <source>La propuesta {offer} venció el {expired}: ya no admite contrapropuesta el {day}; registre una propuesta nueva</source>
            <translation>Offer {offer} expired on {expired}: it can no longer be countered on {day}; record a new offer</translation>
        </message>
        <message>
            <source>La propuesta ya está {status}</source>
            <translation>The offer is already {status}</translation>
        </message>
        <message>
            <source>La propuesta venció el {expired}: no puede aceptarse el {day}; registre una propuesta nueva con los mismos términos si las partes aún los aceptan</source>
            <translation>The offer expired on {expired}: it cannot be accepted on {day}; record a new offer with the same terms if the parties still accept them</translation>
        </message>
        <message>
            <source>La propuesta venció el {expired} sin respuesta: ya está vencida y no se rechaza ni se retira; registre una propuesta nueva si las partes siguen negociando</source>
            <translation>The offer expired on {expired} unanswered: it has lapsed and is neither rejected nor withdrawn; record a new offer if the parties are still negotiating</translation>
        </message>
        <message>
            <source>El acuerdo debe tener al menos una cuota</source>
            <translation>The agreement must have at least one instalment</translation>
        </message>
        <message>
            <source>Ninguna cuota puede vencer antes de la firma del acuerdo</source>
            <translation>No instalment can fall due before the agreement is signed</translation>
        </message>
        <message>
            <source>El acuerdo firmado el {signed} ya está cumplido; registre un acuerdo nuevo</source>
            <translation>The agreement signed on {signed} is already kept; record a new agreement</translation>
        </message>
        <message>
            <source>El acuerdo firmado el {signed} ya está incumplido; registre un acuerdo nuevo</source>
            <translation>The agreement signed on {signed} is already broken; record a new agreement</translation>
        </message>
        <message>
            <source>El acuerdo firmado el {signed} ya está incumplido desde el {day}; registre un acuerdo nuevo</source>
            <translation>The agreement signed on {signed} has been broken since {day}; record a new agreement</translation>
        </message>
        <message>
            <source>El acuerdo firmado el {signed} tiene {n} cuota(s) sin pagar por {owed} (la próxima vence el {due}): queda cumplido al registrar el pago de la última; si el acreedor condonó el saldo, cierre el expediente con la etapa que corresponda</source>
            <translation>The agreement signed on {signed} has {n} unpaid instalment(s) for {owed} (the next one due on {due}): it is kept when the payment of the last one is recorded; if the creditor forgave the balance, close the case with the stage that applies</translation>
        </message>
        <message>
            <source>No hay tabla de tasas moratorias de {jurisdiction} para liquidar el expediente {ref}: impórtela (Términos y tasas → Tasas de interés, o «legal-desk rates import ARCHIVO --jurisdiction {jurisdiction}»)</source>
            <translation>There is no default-interest rate table for {jurisdiction} to liquidate case file {ref}: import it (Deadlines and rates → Interest rates, or «legal-desk rates import FILE --jurisdiction {jurisdiction}»)</translation>
        </message>
        <message>
            <source>El expediente {ref} no tiene deuda registrada</source>
            <translation>Case file {ref} has no debt recorded</translation>
        </message>
        <message>
            <source>El expediente {ref} no tiene deudor registrado</source>
            <translation>Case file {ref} has no debtor recorded</translation>
        </message>
        <message>
            <source>Las plantillas del despacho están en {path}, que este equipo no encuentra (¿una carpeta compartida sin conectar, o una ruta de otro computador?). Conecte esa carpeta, o un administrador elige en «Plantillas de documentos» una carpeta compartida que todos vean o vuelve a las del programa</source>
            <translation>The firm's templates are in {path}, which this computer cannot find (a shared folder not connected, or a path on another computer?). Connect that folder, or an administrator chooses under «Document templates» a shared folder everyone can see, or goes back to the program's own</translation>
        </message>
        <message>
            <source>«{title}» no se genera para un expediente de {country} ({jurisdiction}): las plantillas instaladas son colombianas ({locale}: citan el CGP y escriben pesos M/CTE) y no hay plantillas {wanted}. Un administrador puede poner las de la firma en {path} con su catalog.json (Archivo → Plantillas de documentos…).</source>
            <translation>«{title}» is not generated for a case file from {country} ({jurisdiction}): the installed templates are Colombian ({locale}: they cite the CGP and write Colombian pesos) and there are no {wanted} templates. An administrator can put the firm's own in {path} with their catalog.json (File → Document templates…).</translation>
        </message>
        <message>
            <source>No se puede generar «{title}»: faltan estos datos del caso: {fields}.{where}</source>
            <translation>«{title}» cannot be generated: the case lacks these data: {fields}.{where}</translation>
        </message>
        <message>
            <source> Complételos en {places}.</source>
            <translation> Fill them in under {places}.</translation>
        </message>
        <message>
            <source>El paquete no tiene anexos: genere la demanda o agregue pruebas primero</source>
            <translation>The packet has no annexes: generate the lawsuit or add evidence first</translation>
        </message>
        <message>
            <source>El anexo «{title}» no tiene PDF (genere de nuevo el documento con LibreOffice)</source>
            <translation>The annex «{title}» has no PDF (generate the document again with LibreOffice)</translation>
        </message>
        <message>
            <source>Falta en el almacén el archivo del anexo «{title}»</source>
            <translation>The file of the annex «{title}» is missing from the store</translation>
        </message>
        <message>
            <source>No se puede usar el anexo «{title}»: {reason}</source>
            <translation>The annex «{title}» cannot be used: {reason}</translation>
        </message>
        <message>
            <source>«{title}» está guardado solo en Word (DOCX) y no se pudo convertir a PDF para el paquete: {reason}. Instale LibreOffice (o revise el documento) y arme de nuevo, o déjelo fuera del paquete</source>
            <translation>«{title}» is saved only in Word (DOCX) and could not be converted to PDF for the packet: {reason}. Install LibreOffice (or check the document) and build again, or leave it out of the packet</translation>
        </message>
        <message>
            <source>no se encontró LibreOffice en este equipo</source>
            <translation>LibreOffice was not found on this computer</translation>
        </message>
        <message>
            <source>Anexo «{name}»: {reason}</source>
            <translation>Annex «{name}»: {reason}</translation>
        </message>
        <message>
            <source>cifrado con un método no soportado ({detail})</source>
            <translation>encrypted with an unsupported method ({detail})</translation>
        </message>
        <message>
            <source>cifrado: requiere contraseña</source>
            <translation>encrypted: it needs a password</translation>
        </message>
        <message>
            <source>cifrado: la contraseña indicada no es correcta</source>
            <translation>encrypted: the password given is not correct</translation>
        </message>
        <message>
            <source>el PDF no tiene páginas</source>
            <translation>the PDF has no pages</translation>
        </message>
        <message>
            <source>PDF dañado o incompleto (p. ej. cortado al descargarlo o copiarlo) que no se pudo reparar; pida al remitente una copia nueva, agréguela como prueba y márquela en su lugar (detalle: {detail})</source>
            <translation>damaged or incomplete PDF (e.g. cut short while downloading or copying it) that could not be repaired; ask the sender for a new copy, add it as evidence and tick it instead (detail: {detail})</translation>
        </message>
        <message>
            <source>imagen ilegible o dañada ({detail})</source>
            <translation>unreadable or damaged image ({detail})</translation>
        </message>
        <message>
            <source>la imagen no tiene páginas</source>
            <translation>the image has no pages</translation>
        </message>
        <message>
            <source>el archivo no existe</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>el contenido no coincide con su SHA-256 registrado (archivo alterado)</source>
            <translation>its content does not match its recorded SHA-256 (the file was altered)</translation>
        </message>
        <message>
            <source>es un archivo {kind} y no entra así en el paquete; ábralo, guárdelo como PDF (Archivo › Guardar como › PDF), agregue ese PDF como prueba y márquelo</source>
            <translation>this {kind} file cannot go into the packet as it is; open it, save it as PDF (File › Save As › PDF), add that PDF as evidence and tick it</translation>
        </message>
        <message>
            <source>es un archivo {kind} y no entra así en el paquete; ábralo en el programa de correo, imprímalo a PDF (con sus adjuntos, que se agregan aparte), agregue ese PDF como prueba y márquelo</source>
            <translation>this {kind} file cannot go into the packet as it is; open it in the e-mail program, print it to PDF (its attachments are added separately), add that PDF as evidence and tick it</translation>
        </message>
        <message>
            <source>es una foto HEIC del iPhone y no entra así en el paquete; pida la foto en JPG (o conviértala), agréguela como prueba y márquela</source>
            <translation>this is an iPhone HEIC photo and cannot go into the packet as it is; ask for the photo as JPG (or convert it), add it as evidence and tick it</translation>
        </message>
        <message>
            <source>es un archivo {kind} y no entra así en el paquete; el paquete lleva PDF o imágenes (JPG, PNG, TIFF): conviértalo a PDF y agréguelo como prueba</source>
            <translation>this {kind} file cannot go into the packet as it is; the packet takes PDFs or images (JPG, PNG, TIFF): convert it to PDF and add it as evidence</translation>
        </message>
        <message>
            <source>es un archivo sin extensión y no entra así en el paquete; el paquete lleva PDF o imágenes (JPG, PNG, TIFF): conviértalo a PDF y agréguelo como prueba</source>
            <translation>this file has no extension and cannot go into the packet as it is; the packet takes PDFs or images (JPG, PNG, TIFF): convert it to PDF and add it as evidence</translation>
        </message>
        <message>
            <source>No existe el expediente «{case}»</source>
            <translation>There is no case file «{case}»</translation>
        </message>
        <message>
            <source>No existe la parte {id}</source>
            <translation>There is no party {id}</translation>
        </message>
        <message>
            <source>No existe la tarea {id}</source>
            <translation>There is no task {id}</translation>
        </message>
        <message>
            <source>No existe la audiencia {id}</source>
            <translation>There is no hearing {id}</translation>
        </message>
        <message>
            <source>No existe la medida {id}</source>
            <translation>There is no attachment {id}</translation>
        </message>
        <message>
            <source>No existe la propuesta {id} en este expediente</source>
            <translation>There is no offer {id} in this case file</translation>
        </message>
        <message>
            <source>No existe la propuesta {id}</source>
            <translation>There is no offer {id}</translation>
        </message>
        <message>
            <source>No existe el acuerdo {id}</source>
            <translation>There is no agreement {id}</translation>
        </message>
        <message>
            <source>No existe el acuerdo de pago {id}</source>
            <translation>There is no payment agreement {id}</translation>
        </message>
        <message>
            <source>No existe el término {id}</source>
            <translation>There is no deadline {id}</translation>
        </message>
        <message>
            <source>No existe el documento {id}</source>
            <translation>There is no document {id}</translation>
        </message>
        <message>
            <source>No existe la plantilla «{name}»; disponibles: {names}</source>
            <translation>There is no template «{name}»; available: {names}</translation>
        </message>
        <message>
            <source>No existe el paquete {id}</source>
            <translation>There is no filing packet {id}</translation>
        </message>
        <message>
            <source>Falta en el almacén el archivo del paquete {id}</source>
            <translation>The file of filing packet {id} is missing from the store</translation>
        </message>
        <message>
            <source>No hay tabla de tasas de {code}: impórtela con «rates import ARCHIVO»</source>
            <translation>There is no rate table for {code}: import it with «rates import FILE»</translation>
        </message>
        <message>
            <source>No existe la prueba {id}</source>
            <translation>There is no evidence item {id}</translation>
        </message>
        <message>
            <source>No existe la comunicación {id}</source>
            <translation>There is no notice {id}</translation>
        </message>
        <message>
            <source>No existe el cierre {id}</source>
            <translation>There is no court closure {id}</translation>
        </message>
        <message>
            <source>Usuario o contraseña incorrectos</source>
            <translation>Wrong user name or password</translation>
        </message>
        <message>
            <source>El nombre de usuario no puede estar vacío ni tener espacios</source>
            <translation>The user name cannot be empty or contain spaces</translation>
        </message>
        <message>
            <source>La contraseña debe tener al menos {n} caracteres</source>
            <translation>The password must have at least {n} characters</translation>
        </message>
        <message>
            <source>Rol «{role}» desconocido; use uno de: {roles}</source>
            <translation>Unknown role «{role}»; use one of: {roles}</translation>
        </message>
        <message>
            <source>Ya existe el usuario «{user}»</source>
            <translation>User «{user}» already exists</translation>
        </message>
        <message>
            <source>No existe el usuario «{user}»</source>
            <translation>There is no user «{user}»</translation>
        </message>
        <message>
            <source>No existe el usuario «{user}» (créelo con `legal-desk user add`)</source>
            <translation>There is no user «{user}» (create it with `legal-desk user add`)</translation>
        </message>
        <message>
            <source>El nombre completo no puede quedar vacío</source>
            <translation>The full name cannot be empty</translation>
        </message>
        <message>
            <source>No puede desactivar su propio usuario; pídaselo a otro administrador</source>
            <translation>You cannot deactivate your own user; ask another administrator</translation>
        </message>
        <message>
            <source>«{user}» es el único administrador activo; cree o active otro administrador antes</source>
            <translation>«{user}» is the only active administrator; create or activate another administrator first</translation>
        </message>
        <message>
            <source>La contraseña de «{user}» ya fue elegida (quizá desde otro equipo): ingrese con ella</source>
            <translation>The password of «{user}» has already been chosen (perhaps from another computer): log in with it</translation>
        </message>
        <message>
            <source>El usuario «{user}» está desactivado</source>
            <translation>User «{user}» is deactivated</translation>
        </message>
        <message>
            <source>El usuario «{user}» está desactivado: pida a un administrador que lo vuelva a activar</source>
            <translation>User «{user}» is deactivated: ask an administrator to activate it again</translation>
        </message>
        <message>
            <source>Cuenta bloqueada por {n} contraseñas erradas seguidas: inténtelo de nuevo después de las {until} o pida a un administrador que la desbloquee</source>
            <translation>Account locked after {n} wrong passwords in a row: try again after {until} or ask an administrator to unlock it</translation>
        </message>
        <message>
            <source>{target} es una carpeta; indique el nombre del archivo .zip</source>
            <translation>{target} is a folder; give the name of the .zip file</translation>
        </message>
        <message>
            <source>No se puede escribir en {folder}: {reason}</source>
            <translation>Cannot write to {folder}: {reason}</translation>
        </message>
        <message>
            <source>No se pudo hacer la copia en {target}: {reason}{where}</source>
            <translation>The backup to {target} could not be made: {reason}{where}</translation>
        </message>
        <message>
            <source>No se restauró nada: hay {total} conexión(es) de otros equipos a esta base de datos ({sessions}). La restauración reemplaza todos los expedientes y usuarios, y esos equipos seguirían trabajando sobre datos que ya no existen o quedarían bloqueados. Cierre legal_desk en esos equipos y vuelva a intentarlo; si está seguro de que nadie está trabajando (una conexión que quedó abierta), use «legal-desk restore --replace --force»</source>
            <translation>Nothing was restored: there are {total} connection(s) from other computers to this database ({sessions}). A restore replaces every case file and user, and those computers would go on working on data that no longer exists or would be locked out. Close legal_desk on those computers and try again; if you are sure nobody is working (a connection left open), use «legal-desk restore --replace --force»</translation>
        </message>
        <message>
            <source>No se restauró nada: no se pudieron escribir las plantillas del despacho en {folder}: {reason}</source>
            <translation>Nothing was restored: the firm's templates could not be written to {folder}: {reason}</translation>
        </message>
        <message>
            <source>La copia se hizo con una versión de legal_desk más nueva que esta (esquema {schema}; esta usa {head}). Actualice legal_desk en este equipo a la versión del equipo de origen y restaure de nuevo</source>
            <translation>The backup was made with a newer version of legal_desk than this one (schema {schema}; this one uses {head}). Update legal_desk on this computer to the version of the source computer and restore again</translation>
        </message>
        <message>
            <source>La copia es del esquema {schema}, de una versión anterior de legal_desk cuyos datos cambiaron desde entonces (esta usa {head}). Restáurela en la versión que la hizo, actualícela con «legal-desk db upgrade» y haga una copia nueva</source>
            <translation>The backup has schema {schema}, from an earlier version of legal_desk whose data has changed since (this one uses {head}). Restore it in the version that made it, upgrade it with «legal-desk db upgrade» and make a new backup</translation>
        </message>
        <message>
            <source>El archivo de copia {source} no existe</source>
            <translation>The backup file {source} does not exist</translation>
        </message>
        <message>
            <source>{source} no es una copia de seguridad de legal_desk (no es un ZIP, o está incompleto: ¿se copió entero?)</source>
            <translation>{source} is not a legal_desk backup (it is not a ZIP, or it is incomplete: was it copied whole?)</translation>
        </message>
        <message>
            <source>{source} no es una copia de seguridad de legal_desk (falta manifest.json)</source>
            <translation>{source} is not a legal_desk backup (manifest.json is missing)</translation>
        </message>
        <message>
            <source>Formato de copia desconocido: {format}</source>
            <translation>Unknown backup format: {format}</translation>
        </message>
        <message>
            <source>La base de datos ya tiene expedientes; use --replace para reemplazarla con la copia</source>
            <translation>The database already has case files; use --replace to replace it with the backup</translation>
        </message>
        <message>
            <source>No se restauró nada: la copia {source} está dañada ({detail}). Use otra copia, o copie de nuevo el archivo desde su origen</source>
            <translation>Nothing was restored: the backup {source} is damaged ({detail}). Use another backup, or copy the file again from its source</translation>
        </message>
        <message>
            <source>El archivo {name} de la copia está dañado (su SHA-256 no coincide)</source>
            <translation>The backup's file {name} is damaged (its SHA-256 does not match)</translation>
        </message>
        <message>
            <source>Restauración cancelada antes de tocar la base de datos; no se cambió nada</source>
            <translation>Restore cancelled before touching the database; nothing was changed</translation>
        </message>
        <message>
            <source>No se restauró nada: la copia trae una plantilla con un nombre no válido: {name}</source>
            <translation>Nothing was restored: the backup holds a template with an invalid name: {name}</translation>
        </message>
        <message>
            <source>No se restauró nada: {n} dato(s) de la copia son más largos de lo que admite PostgreSQL. Corríjalos en el escritorio de origen y haga otra copia: {shown}{more}.{how}</source>
            <translation>Nothing was restored: {n} value(s) of the backup are longer than PostgreSQL allows. Correct them on the source desk and make another backup: {shown}{more}.{how}</translation>
        </message>
        <message>
            <source>; y {n} más</source>
            <translation>; and {n} more</translation>
        </message>
        <message>
            <source> El número de obligación (expediente {refs}) lo corrige un abogado o el administrador en el expediente, Resumen → «Editar datos…», o con «legal-desk case update EXPEDIENTE --account-ref NUEVO».</source>
            <translation> A lawyer or the administrator corrects the account number (case file {refs}) in the case file, Summary → «Edit data…», or with «legal-desk case update CASE --account-ref NEW».</translation>
        </message>
        <message>
            <source>Indique el motivo del cierre (paro, falla técnica, circular…)</source>
            <translation>Enter the reason for the closure (strike, technical failure, circular…)</translation>
        </message>
        <message>
            <source>El cierre termina ({end}) antes de empezar ({start})</source>
            <translation>The closure ends ({end}) before it starts ({start})</translation>
        </message>
        <message>
            <source>Un cierre no puede durar más de {days} días; registre períodos separados</source>
            <translation>A closure cannot last more than {days} days; record separate periods</translation>
        </message>
        <message>
            <source>El número de días no puede ser negativo ({days})</source>
            <translation>The number of days cannot be negative ({days})</translation>
        </message>
        <message>
            <source>Un término de {days} días hábiles no es razonable; revise el número</source>
            <translation>A term of {days} business days is not reasonable; check the number</translation>
        </message>
        <message>
            <source>Opción de calendario «{key}» desconocida; use una de: {keys}</source>
            <translation>Unknown calendar option «{key}»; use one of: {keys}</translation>
        </message>
        <message>
            <source>El cierre «{reason}» termina ({end}) antes de empezar ({start}).</source>
            <translation>The closure «{reason}» ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>Jurisdicción desconocida «{jurisdiction}»; las disponibles son: {known}.</source>
            <translation>Unknown jurisdiction «{jurisdiction}»; the available ones are: {known}.</translation>
        </message>
        <message>
            <source>Un término no puede ser negativo ({n} {unit}).</source>
            <translation>A term cannot be negative ({n} {unit}).</translation>
        </message>
        <message>
            <source>El año del salario mínimo debe ser un año entre {first} y {last}, no «{text}»</source>
            <translation>The minimum-wage year must be a year between {first} and {last}, not «{text}»</translation>
        </message>
        <message>
            <source>Salario mínimo de {year}: {error}</source>
            <translation>Minimum wage for {year}: {error}</translation>
        </message>
        <message>
            <source>El salario mínimo de {year} debe ser mayor que cero, no «{amount}»</source>
            <translation>The minimum wage for {year} must be greater than zero, not «{amount}»</translation>
        </message>
        <message>
            <source>El despacho no fijó un salario mínimo propio para {year}; rige el del programa</source>
            <translation>The firm set no minimum wage of its own for {year}; the program's applies</translation>
        </message>
        <message>
            <source>Indique el nombre de la ciudad (p. ej. «Pereira»)</source>
            <translation>Enter the name of the city (e.g. «Pereira»)</translation>
        </message>
        <message>
            <source>El nombre de la ciudad tiene {length} caracteres; el máximo es 100</source>
            <translation>The city name has {length} characters; the maximum is 100</translation>
        </message>
        <message>
            <source>«{name}» ya está en la lista de ciudades con Juzgados de Pequeñas Causas</source>
            <translation>«{name}» is already on the list of cities with Small Claims Courts (Juzgados de Pequeñas Causas)</translation>
        </message>
        <message>
            <source>«{name}» no está en la lista de ciudades con Juzgados de Pequeñas Causas ({cities})</source>
            <translation>«{name}» is not on the list of cities with Small Claims Courts (Juzgados de Pequeñas Causas) ({cities})</translation>
        </message>
        <message>
            <source>Abogado: no hay un usuario «{user}» (vea «legal-desk user list»)</source>
            <translation>Lawyer: there is no user «{user}» (see «legal-desk user list»)</translation>
        </message>
        <message>
            <source>Formato «{kind}» no soportado: use un archivo .xlsx o .csv</source>
            <translation>Format «{kind}» is not supported: use an .xlsx or .csv file</translation>
        </message>
        <message>
            <source>Orden «{order}» desconocido; use uno de: {orders}</source>
            <translation>Unknown order «{order}»; use one of: {orders}</translation>
        </message>
        <message>
            <source>No se pudo guardar {target}: {reason}</source>
            <translation>{target} could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Exportación cancelada; no se guardó ningún archivo.</source>
            <translation>Export cancelled; no file was saved.</translation>
        </message>
        <message>
            <source>{name} no es un archivo {ext} válido aunque su extensión lo diga</source>
            <translation>{name} is not a valid {ext} file, although its extension says so</translation>
        </message>
        <message>
            <source>{name} no es un correo .eml válido (no tiene encabezados De, Para, Asunto…)</source>
            <translation>{name} is not a valid .eml e-mail (it has no From, To, Subject… headers)</translation>
        </message>
        <message>
            <source>Tipo de prueba «{kind}» desconocido; use uno de: {kinds}</source>
            <translation>Unknown evidence type «{kind}»; use one of: {kinds}</translation>
        </message>
        <message>
            <source>El archivo {path} no existe</source>
            <translation>The file {path} does not exist</translation>
        </message>
        <message>
            <source>El archivo {name} está vacío (0 bytes): no hay nada que guardar como prueba. Suele pasar cuando una descarga o una copia se cortó: descárguelo o cópielo de nuevo (o pida otra copia a quien lo envió), ábralo para comprobar que se ve bien y agréguelo otra vez</source>
            <translation>The file {name} is empty (0 bytes): there is nothing to keep as evidence. This usually happens when a download or a copy was cut short: download or copy it again (or ask the sender for a new copy), open it to check that it looks right, and add it again</translation>
        </message>
        <message>
            <source>Cancelado: {name} no se agregó</source>
            <translation>Cancelled: {name} was not added</translation>
        </message>
        <message>
            <source>{filename} ya está en el expediente: es la prueba «{same}» ({kind}) agregada el {day} por {who}, con el mismo contenido (SHA-256) y el mismo tipo; no se agregó otra vez</source>
            <translation>{filename} is already in the case file: it is the evidence «{same}» ({kind}) added on {day} by {who}, with the same content (SHA-256) and the same type; it was not added again</translation>
        </message>
        <message>
            <source>Indique por qué se retira la prueba</source>
            <translation>Enter why the evidence is withdrawn</translation>
        </message>
        <message>
            <source>Canal «{channel}» desconocido; use uno de: {channels}</source>
            <translation>Unknown channel «{channel}»; use one of: {channels}</translation>
        </message>
        <message>
            <source>Tipo de comunicación «{kind}» desconocido; use uno de: {kinds}</source>
            <translation>Unknown notice type «{kind}»; use one of: {kinds}</translation>
        </message>
        <message>
            <source>Para correo certificado indique la empresa de mensajería y el número de guía</source>
            <translation>For certified mail, enter the courier company and the tracking number</translation>
        </message>
        <message>
            <source>«{kind}» es una comunicación de la ley colombiana y el expediente {ref} es de {jurisdiction}: regístrela como «{letter}» u «{other}»</source>
            <translation>«{kind}» is a notice of Colombian law and case file {ref} is from {jurisdiction}: record it as «{letter}» or «{other}»</translation>
        </message>
        <message>
            <source>Indique la fecha de entrega o la de devolución</source>
            <translation>Enter the delivery date or the return date</translation>
        </message>
        <message>
            <source>Una comunicación se entrega o se devuelve: indique solo una de las dos fechas</source>
            <translation>A notice is either delivered or returned: enter only one of the two dates</translation>
        </message>
        <message>
            <source>La entrega ({day}) no puede ser anterior al envío ({sent})</source>
            <translation>The delivery ({day}) cannot be earlier than the sending ({sent})</translation>
        </message>
        <message>
            <source>La devolución ({day}) no puede ser anterior al envío ({sent})</source>
            <translation>The return ({day}) cannot be earlier than the sending ({sent})</translation>
        </message>
        <message>
            <source>Indique el motivo de la devolución (p. ej. dirección errada, destinatario desconocido)</source>
            <translation>Enter the reason for the return (e.g. wrong address, unknown addressee)</translation>
        </message>
        <message>
            <source>Adjunte la constancia de entrega (certificado, acuse de recibo o .eml)</source>
            <translation>Attach the proof of delivery (certificate, acknowledgement of receipt or .eml)</translation>
        </message>
        <message>
            <source>Indique el resultado de la gestión</source>
            <translation>Enter the outcome of the contact</translation>
        </message>
        <message>
            <source>La dirección debe ser «out» (saliente) o «in» (entrante)</source>
            <translation>The direction must be «out» (outgoing) or «in» (incoming)</translation>
        </message>
        <message>
            <source>Las reglas de contacto de cobranza solo están modeladas para Colombia (Ley 2300 de 2023), no para «{jurisdiction}».</source>
            <translation>The collection contact rules are modelled only for Colombia (Law 2300 of 2023), not for «{jurisdiction}».</translation>
        </message>
        <message>
            <source>El canal «{channel}» no está autorizado por el deudor (autorizados: {allowed}; Ley 2300 de 2023).</source>
            <translation>The debtor has not authorised the channel «{channel}» (authorised: {allowed}; Law 2300 of 2023).</translation>
        </message>
        <message>
            <source>ninguno</source>
            <translation>none</translation>
        </message>
        <message>
            <source>No se puede contactar en día festivo ({holiday}, {day}; Ley 2300 de 2023).</source>
            <translation>No contact is allowed on a public holiday ({holiday}, {day}; Law 2300 of 2023).</translation>
        </message>
        <message>
            <source>No se puede contactar en domingo ({day}; Ley 2300 de 2023).</source>
            <translation>No contact is allowed on a Sunday ({day}; Law 2300 of 2023).</translation>
        </message>
        <message>
            <source>Hora {time} fuera del horario permitido (lunes a viernes de {first} a {last}; Ley 2300 de 2023).</source>
            <translation>{time} is outside the permitted hours (Monday to Friday, {first} to {last}; Law 2300 of 2023).</translation>
        </message>
        <message>
            <source>Hora {time} fuera del horario permitido (sábados de {first} a {last}; Ley 2300 de 2023).</source>
            <translation>{time} is outside the permitted hours (Saturdays, {first} to {last}; Law 2300 of 2023).</translation>
        </message>
        <message>
            <source>Ya hubo un contacto con el deudor el {day}: máximo uno al día (Ley 2300 de 2023).</source>
            <translation>The debtor was already contacted on {day}: at most one contact a day (Law 2300 of 2023).</translation>
        </message>
        <message>
            <source>En esta semana ya se contactó por {channels}: máximo un canal por semana (Ley 2300 de 2023).</source>
            <translation>The debtor was already contacted this week by {channels}: at most one channel a week (Law 2300 of 2023).</translation>
        </message>
        <message>
            <source>Jurisdicción «{value}» desconocida (use {codes})</source>
            <translation>Unknown jurisdiction «{value}» (use {codes})</translation>
        </message>
        <message>
            <source>Requisito «{code}» desconocido; los requisitos son: {codes}</source>
            <translation>Unknown requirement «{code}»; the requirements are: {codes}</translation>
        </message>
        <message>
            <source>Tipo de título «{value}» desconocido (use * o {types})</source>
            <translation>Unknown title type «{value}» (use * or {types})</translation>
        </message>
        <message>
            <source>El texto del requisito no puede quedar vacío</source>
            <translation>The text of the requirement cannot be empty</translation>
        </message>
        <message>
            <source>La base de días debe ser 365 o 360, no «{value}»</source>
            <translation>The day basis must be 365 or 360, not «{value}»</translation>
        </message>
        <message>
            <source>Los años de inactividad del art. 317 deben ser un entero entre 1 y {max}, no «{value}» (1 en primera instancia, 2 con sentencia o auto que ordena seguir adelante)</source>
            <translation>The years of inactivity of art. 317 must be a whole number between 1 and {max}, not «{value}» (1 at first instance, 2 with a judgment or an order to proceed with enforcement)</translation>
        </message>
        <message>
            <source>Ajuste «{key}» desconocido; use uno de: {keys}</source>
            <translation>Unknown setting «{key}»; use one of: {keys}</translation>
        </message>
        <message>
            <source>El rango termina ({end}) antes de empezar ({start})</source>
            <translation>The range ends ({end}) before it starts ({start})</translation>
        </message>
        <message>
            <source>La agenda abarca como máximo tres años; acorte el rango</source>
            <translation>The agenda covers three years at most; shorten the range</translation>
        </message>
        <message>
            <source>El archivo iCalendar generado no se puede leer: {detail}</source>
            <translation>The generated iCalendar file cannot be read: {detail}</translation>
        </message>
        <message>
            <source>El archivo iCalendar generado tiene {events} eventos y la agenda {entries}; no se guardó</source>
            <translation>The generated iCalendar file has {events} events and the agenda {entries}; it was not saved</translation>
        </message>
        <message>
            <source>No se puede escribir {target}: {detail}</source>
            <translation>Cannot write {target}: {detail}</translation>
        </message>
        <message>
            <source>El número de días no puede ser negativo</source>
            <translation>The number of days cannot be negative</translation>
        </message>
        <message>
            <source>Evento desconocido «{event}»; los eventos son: {events}.</source>
            <translation>Unknown event «{event}»; the events are: {events}.</translation>
        </message>
        <message>
            <source>Los términos procesales que calcula el programa son los del Código General del Proceso de Colombia; para {name} ({jurisdiction}) no hay reglas configuradas. Cuente el plazo con el calendario judicial de {jurisdiction} (Términos y tasas → Calendario judicial → Calculadora de términos, o «legal-desk calendar add-days --jurisdiction {jurisdiction}»).</source>
            <translation>The procedural terms the program computes are those of Colombia's Código General del Proceso; no rules are configured for {name} ({jurisdiction}). Count the term with the judicial calendar of {jurisdiction} (Deadlines and rates → Court calendar → Deadline calculator, or «legal-desk calendar add-days --jurisdiction {jurisdiction}»).</translation>
        </message>
        <message>
            <source>Lugar «{place}» no válido para la citación del art. 291: use local, outside o abroad.</source>
            <translation>Place «{place}» is not valid for the art. 291 summons: use local, outside or abroad.</translation>
        </message>
        <message>
            <source>El acuse de recibo no puede ser anterior al envío del mensaje.</source>
            <translation>The acknowledgement of receipt cannot be earlier than the sending of the message.</translation>
        </message>
        <message>
            <source>El plazo de inactividad del art. 317 debe ser de al menos un año.</source>
            <translation>The art. 317 inactivity period must be at least one year.</translation>
        </message>
        <message>
            <source>El evento «{title}» no tiene identificador (uid).</source>
            <translation>The event «{title}» has no identifier (uid).</translation>
        </message>
        <message>
            <source>El vencimiento «{title}» termina antes de empezar.</source>
            <translation>The deadline «{title}» ends before it starts.</translation>
        </message>
        <message>
            <source>La audiencia «{title}» termina antes de empezar.</source>
            <translation>The hearing «{title}» ends before it starts.</translation>
        </message>
        <message>
            <source>Tipo de evento desconocido «{kind}» (use hearing o deadline).</source>
            <translation>Unknown event type «{kind}» (use hearing or deadline).</translation>
        </message>
        <message>
            <source>Plantilla «{name}», {place}: {message}</source>
            <translation>Template «{name}», {place}: {message}</translation>
        </message>
        <message>
            <source>párrafo {n} {where} («{text}»)</source>
            <translation>paragraph {n} {where} («{text}»)</translation>
        </message>
        <message>
            <source>del documento</source>
            <translation>of the document</translation>
        </message>
        <message>
            <source>del encabezado</source>
            <translation>of the header</translation>
        </message>
        <message>
            <source>del pie de página</source>
            <translation>of the footer</translation>
        </message>
        <message>
            <source>no es un documento Word (.docx) válido: {detail}</source>
            <translation>it is not a valid Word document (.docx): {detail}</translation>
        </message>
        <message>
            <source>error de sintaxis: {detail}</source>
            <translation>syntax error: {detail}</translation>
        </message>
        <message>
            <source>variable no definida: {detail}</source>
            <translation>undefined variable: {detail}</translation>
        </message>
        <message>
            <source>nombres desconocidos: {names}</source>
            <translation>unknown names: {names}</translation>
        </message>
        <message>
            <source>no hay catálogo de plantillas para {locale}</source>
            <translation>there is no template catalogue for {locale}</translation>
        </message>
        <message>
            <source>el archivo «{file}» que nombra catalog.json no está en la carpeta: póngalo allí o corrija su «file» en el catálogo</source>
            <translation>the file «{file}» that catalog.json names is not in the folder: put it there or correct its «file» in the catalogue</translation>
        </message>
        <message>
            <source>«{file}» está en la carpeta pero no en el catálogo: agregue a «templates» una entrada como {{"name": "{name}", "file": "{file}", "title_es": "…", "required": []}} para poder generarla</source>
            <translation>«{file}» is in the folder but not in the catalogue: add to «templates» an entry such as {{"name": "{name}", "file": "{file}", "title_es": "…", "required": []}} to generate it</translation>
        </message>
        <message>
            <source>el campo «{field}» no existe{hint}</source>
            <translation>the field «{field}» does not exist{hint}</translation>
        </message>
        <message>
            <source>el campo «{field}» no existe: «{owner}» es un texto, sin campos; escriba «{{{{ {owner} }}}}»</source>
            <translation>the field «{field}» does not exist: «{owner}» is a text, without fields; write «{{{{ {owner} }}}}»</translation>
        </message>
        <message>
            <source>su «required» nombra «{field}», que no es un dato de los expedientes{hint}</source>
            <translation>its «required» names «{field}», which is not data of a case file{hint}</translation>
        </message>
        <message>
            <source>; ¿quiso decir {names}?</source>
            <translation>; did you mean {names}?</translation>
        </message>
        <message>
            <source>; los campos de «{owner}» son: {names}</source>
            <translation>; the fields of «{owner}» are: {names}</translation>
        </message>
        <message>
            <source>; los campos están en Plantillas de documentos → «Campos…» (o «legal-desk document fields»)</source>
            <translation>; the fields are in Document templates → «Fields…» (or «legal-desk document fields»)</translation>
        </message>
        <message>
            <source>este «{{% {tag} %}}» no se cierra: falta su «{{% end{tag} %}}» más adelante («{{%p end{tag} %}}» si lo abrió con «{{%p {tag} %}}» en un párrafo propio)</source>
            <translation>this «{{% {tag} %}}» is never closed: its «{{% end{tag} %}}» is missing further on («{{%p end{tag} %}}» if it was opened with «{{%p {tag} %}}» in a paragraph of its own)</translation>
        </message>
        <message>
            <source>{path}, línea {line}, columna {column}</source>
            <translation>{path}, line {line}, column {column}</translation>
        </message>
        <message>
            <source>el catálogo no es JSON válido ({detail}): revise las comas (una de más antes de «]» o «}}», o una que falta entre dos entradas) y las comillas (rectas ", no tipográficas “ ”)</source>
            <translation>the catalogue is not valid JSON ({detail}): check the commas (one too many before «]» or «}}», or one missing between two entries) and the quotes (straight ", not typographic “ ”)</translation>
        </message>
        <message>
            <source>no se pudo leer el catálogo: {detail}</source>
            <translation>the catalogue could not be read: {detail}</translation>
        </message>
        <message>
            <source>el catálogo debe tener la forma {{"templates": [ … ]}}, con una entrada por plantilla</source>
            <translation>the catalogue must have the form {{"templates": [ … ]}}, with one entry per template</translation>
        </message>
        <message>
            <source>la entrada {n} de «templates» no tiene «name» (el nombre con que se genera la plantilla)</source>
            <translation>entry {n} of «templates» has no «name» (the name the template is generated by)</translation>
        </message>
        <message>
            <source>en la entrada «{name}», «required» debe ser una lista de campos entre comillas, p. ej. ["debtor.name"]</source>
            <translation>in the entry «{name}», «required» must be a list of quoted fields, e.g. ["debtor.name"]</translation>
        </message>
        <message>
            <source>la plantilla «{name}» está dos veces en el catálogo</source>
            <translation>the template «{name}» is in the catalogue twice</translation>
        </message>
        <message>
            <source>es un documento {kind}, no un .docx: ábralo en Word o LibreOffice, guárdelo con «Guardar como» → «Documento de Word (.docx)» y ponga ese nombre en su «file» del catálogo</source>
            <translation>it is a {kind} document, not a .docx: open it in Word or LibreOffice, «Save as» → «Word Document (.docx)» and put that name in its «file» in the catalogue</translation>
        </message>
        <message>
            <source>no existe para {locale}; disponibles: {names}</source>
            <translation>it does not exist for {locale}; available: {names}</translation>
        </message>
        <message>
            <source>El capital debe ser mayor que cero.</source>
            <translation>The principal must be greater than zero.</translation>
        </message>
        <message>
            <source>Las costas no pueden ser negativas.</source>
            <translation>Costs cannot be negative.</translation>
        </message>
        <message>
            <source>La base de días debe ser 365 o 360, no {basis}.</source>
            <translation>The day basis must be 365 or 360, not {basis}.</translation>
        </message>
        <message>
            <source>La fecha de corte {as_of} es anterior al vencimiento {due}.</source>
            <translation>The cut-off date {as_of} is earlier than the due date {due}.</translation>
        </message>
        <message>
            <source>La tasa pactada no puede ser negativa.</source>
            <translation>The agreed rate cannot be negative.</translation>
        </message>
        <message>
            <source>El abono del {day} debe ser mayor que cero.</source>
            <translation>The payment of {day} must be greater than zero.</translation>
        </message>
        <message>
            <source>sin tasa del {start} al {end}</source>
            <translation>no rate from {start} to {end}</translation>
        </message>
        <message>
            <source>sin tasa para ese día</source>
            <translation>no rate for that day</translation>
        </message>
        <message>
            <source>La tabla de tasas no cubre el {day} ({missing}): importe la tasa de ese período antes de liquidar.</source>
            <translation>The rate table does not cover {day} ({missing}): import the rate of that period before liquidating.</translation>
        </message>
        <message>
            <source>La tabla de tasas no cubre el {day}.</source>
            <translation>The rate table does not cover {day}.</translation>
        </message>
        <message>
            <source>{n} abono(s) posteriores a la fecha de corte {as_of} no se incluyen.</source>
            <translation>{n} payment(s) after the cut-off date {as_of} are not included.</translation>
        </message>
        <message>
            <source>El abono del {day} excede la deuda en {amount}: sobrante por devolver.</source>
            <translation>The payment of {day} exceeds the debt by {amount}: surplus to be returned.</translation>
        </message>
        <message>
            <source>La tasa pactada ({agreed}) supera la tasa máxima de la tabla en {n} período(s), el primero desde el {start} ({rate}): se aplica la tasa de la tabla.{usury}</source>
            <translation>The agreed rate ({agreed}) exceeds the table's maximum rate in {n} period(s), the first from {start} ({rate}): the table's rate is applied.{usury}</translation>
        </message>
        <message>
            <source>No se puede liquidar al {day}: {reason}</source>
            <translation>The debt cannot be liquidated as of {day}: {reason}</translation>
        </message>
        <message>
            <source>Tipo de tasa desconocido «{kind}» en los datos de {jurisdiction}.</source>
            <translation>Unknown rate type «{kind}» in the data of {jurisdiction}.</translation>
        </message>
        <message>
            <source> Cobrar por encima de la usura hace perder todos los intereses (CCo art. 884) y es delito (CP art. 305).</source>
            <translation> Charging above the usury rate forfeits all the interest (CCo art. 884) and is a crime (CP art. 305).</translation>
        </message>
        <message>
            <source>{source} no es una copia de seguridad de legal_desk o está incompleta: no se puede abrir como ZIP (¿se copió entera?)</source>
            <translation>{source} is not a legal_desk backup or is incomplete: it cannot be opened as a ZIP (was it copied whole?)</translation>
        </message>
        <message>
            <source>{source} no es una copia de seguridad de legal_desk: le falta manifest.json</source>
            <translation>{source} is not a legal_desk backup: it lacks manifest.json</translation>
        </message>
        <message>
            <source>El manifest.json de la copia está dañado ({detail})</source>
            <translation>The backup's manifest.json is damaged ({detail})</translation>
        </message>
        <message>
            <source>Formato de copia desconocido: {format} (esta versión lee {known})</source>
            <translation>Unknown backup format: {format} (this version reads {known})</translation>
        </message>
        <message>
            <source>La copia trae una plantilla con un nombre no válido: {name}</source>
            <translation>The backup holds a template with an invalid name: {name}</translation>
        </message>
        <message>
            <source>La copia trae un archivo que no es de legal_desk: {name}</source>
            <translation>The backup holds a file that is not legal_desk's: {name}</translation>
        </message>
        <message>
            <source>Falta en la copia el archivo {name}, que su manifiesto registra</source>
            <translation>The file {name}, which its manifest records, is missing from the backup</translation>
        </message>
        <message>
            <source>Falta en la copia la tabla {table} ({rows} filas según su manifiesto)</source>
            <translation>The table {table} is missing from the backup ({rows} rows according to its manifest)</translation>
        </message>
        <message>
            <source>La copia trae {files} archivos del almacén y su manifiesto dice {expected}</source>
            <translation>The backup holds {files} stored files and its manifest says {expected}</translation>
        </message>
        <message>
            <source>su CRC-32 no coincide</source>
            <translation>its CRC-32 does not match</translation>
        </message>
        <message>
            <source>sus datos comprimidos están alterados o cortados</source>
            <translation>its compressed data is altered or cut short</translation>
        </message>
        <message>
            <source>El archivo {name} de la copia está dañado: no se puede leer ({why})</source>
            <translation>The backup's file {name} is damaged: it cannot be read ({why})</translation>
        </message>
        <message>
            <source>El archivo {name} de la copia está dañado: mide {size} bytes y su manifiesto dice {said}</source>
            <translation>The backup's file {name} is damaged: it has {size} bytes and its manifest says {said}</translation>
        </message>
        <message>
            <source>El archivo {name} de la copia está dañado: su SHA-256 no es el que registra el manifiesto</source>
            <translation>The backup's file {name} is damaged: its SHA-256 is not the one the manifest records</translation>
        </message>
        <message>
            <source>El archivo {name} de la copia está dañado: su SHA-256 no es el de su nombre</source>
            <translation>The backup's file {name} is damaged: its SHA-256 is not the one in its name</translation>
        </message>
        <message>
            <source>La tabla {name} de la copia está cortada: su última línea no termina</source>
            <translation>The backup's table {name} is cut short: its last line does not end</translation>
        </message>
        <message>
            <source>La tabla {name} de la copia está dañada: la línea {line} no es JSON válido</source>
            <translation>The backup's table {name} is damaged: line {line} is not valid JSON</translation>
        </message>
        <message>
            <source>La tabla {name} de la copia tiene {lines} filas y su manifiesto dice {expected}</source>
            <translation>The backup's table {name} has {lines} rows and its manifest says {expected}</translation>
        </message>
        <message>
            <source>{who}{where}{count}</source>
            <translation>{who}{where}{count}</translation>
        </message>
        <message>
            <source>usuario «{user}»</source>
            <translation>user «{user}»</translation>
        </message>
        <message>
            <source>un programa sin nombre</source>
            <translation>an unnamed program</translation>
        </message>
        <message>
            <source> desde {host}</source>
            <translation> from {host}</translation>
        </message>
        <message>
            <source> en el propio servidor</source>
            <translation> on the server itself</translation>
        </message>
        <message>
            <source> ({n} conexiones)</source>
            <translation> ({n} connections)</translation>
        </message>
        <message>
            <source>; no se guardó {what}</source>
            <translation>; {what} was not saved</translation>
        </message>
        <message>
            <source>No hay espacio en el disco de la carpeta de archivos {root}{lost}. Libere espacio</source>
            <translation>There is no space left on the disk of the file folder {root}{lost}. Free some space</translation>
        </message>
        <message>
            <source>La carpeta de archivos {root} está en un disco de solo lectura{lost}</source>
            <translation>The file folder {root} is on a read-only disk{lost}</translation>
        </message>
        <message>
            <source>Sin permiso para escribir en la carpeta de archivos {root}{lost}</source>
            <translation>No permission to write to the file folder {root}{lost}</translation>
        </message>
        <message>
            <source>Se agotó la cuota de disco en la carpeta de archivos {root}{lost}</source>
            <translation>The disk quota of the file folder {root} is used up{lost}</translation>
        </message>
        <message>
            <source>No se puede escribir en la carpeta de archivos {root}{lost}: {reason}</source>
            <translation>Cannot write to the file folder {root}{lost}: {reason}</translation>
        </message>
        <message>
            <source>No se puede leer {source}: {reason}</source>
            <translation>Cannot read {source}: {reason}</translation>
        </message>
        <message>
            <source>permiso denegado</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>No se pudo terminar de leer {source}: {reason}</source>
            <translation>{source} could not be read to the end: {reason}</translation>
        </message>
        <message>
            <source>Falta en el almacén el archivo {sha256}</source>
            <translation>The file {sha256} is missing from the store</translation>
        </message>
        <message>
            <source>No está en la carpeta de archivos {root} el archivo de la prueba «{name}»: se borró o se movió a mano, o el disco de esa carpeta no está conectado. Conéctelo, o restaure la carpeta desde una copia de seguridad</source>
            <translation>The file of the evidence «{name}» is not in the files folder {root}: it was deleted or moved by hand, or that folder's disk is not connected. Connect it, or restore the folder from a backup</translation>
        </message>
        <message>
            <source>La carpeta de archivos {root} no está o está vacía, pero la base de datos tiene archivos guardados en ella{lost}. ¿Se desconectó el disco USB o la unidad de red? Vuelva a conectarla y repita; si la carpeta cambió de lugar, indíquela en Configuración (o con --store)</source>
            <translation>The files folder {root} is missing or empty, but the database has files kept in it{lost}. Was the USB disk or the network drive disconnected? Connect it again and repeat; if the folder moved, set it in Settings (or with --store)</translation>
        </message>
        <message>
            <source>El período del art. 317 no se indica por actuación: es el de la etapa del caso (1 año en primera instancia; 2 con sentencia o auto que ordena seguir adelante la ejecución, lit. b), según los ajustes del despacho.</source>
            <translation>The art. 317 period is not entered for each procedural step: it is the one for the case's stage (1 year at first instance; 2 once there is a judgment or an order to proceed with enforcement, lit. b), as set in the firm's settings.</translation>
        </message>
        <message>
            <source>Describa la actuación (p. ej. «auto que requiere al demandante», «memorial que informa un abono», «solicitud de oficios»): el expediente la muestra como última actuación del art. 317.</source>
            <translation>Describe the procedural step (e.g. “order requiring the claimant”, “brief reporting a part-payment”, “request for official letters”): the case file shows it as the last step for art. 317.</translation>
        </message>
        <message>
            <source>La fecha de cumplimiento {day} es anterior al evento ({event})</source>
            <translation>The compliance date {day} is earlier than the event it follows ({event})</translation>
        </message>
        <message>
            <source>Tipo de audiencia «{kind}» desconocido; use uno de: {kinds}</source>
            <translation>Unknown hearing type «{kind}»; use one of: {kinds}</translation>
        </message>
        <message>
            <source>Estado «{status}» desconocido</source>
            <translation>Unknown status «{status}»</translation>
        </message>
        <message>
            <source>Audiencia del {at}: {problems}. Si el juzgado la fijó así, confírmela (en la línea de comandos, --confirm)</source>
            <translation>Hearing on {at}: {problems}. If the court set it so, confirm it (on the command line, --confirm)</translation>
        </message>
        <message>
            <source>el {day} es inhábil en el calendario del despacho ({reason})</source>
            <translation>{day} is a closed day in the court's calendar ({reason})</translation>
        </message>
        <message>
            <source>las {time} están fuera del horario del despacho ({opens} a {closes})</source>
            <translation>{time} is outside the court's office hours ({opens} to {closes})</translation>
        </message>
        <message>
            <source>el expediente ya tiene una audiencia a esa misma hora ({kind})</source>
            <translation>the case already has a hearing at that very time ({kind})</translation>
        </message>
        <message>
            <source>{lawyer} tiene otra audiencia el {at} (expediente {ref})</source>
            <translation>{lawyer} has another hearing on {at} (case {ref})</translation>
        </message>
        <message>
            <source>el expediente aún no está radicado («{stage}»): ningún juzgado fija una «{kind}» antes de la radicación; si ya se radicó, registre su radicado en «Editar expediente»</source>
            <translation>the case has not been filed yet («{stage}»): no court sets a «{kind}» before the filing; if it was filed, enter its court file number in «Edit case»</translation>
        </message>
        <message>
            <source>el expediente aún no está radicado («{stage}»): antes de la demanda solo cabe una diligencia extrajudicial (p. ej. una conciliación en un centro de conciliación)</source>
            <translation>the case has not been filed yet («{stage}»): before the lawsuit only an out-of-court proceeding is possible (e.g. a conciliation at a conciliation centre)</translation>
        </message>
        <message>
            <source>Tipo de bien «{asset_type}» desconocido; use uno de: {types}</source>
            <translation>Unknown asset type «{asset_type}»; use one of: {types}</translation>
        </message>
        <message>
            <source>La propuesta es del acreedor («creditor») o del deudor («debtor»)</source>
            <translation>An offer is made by the creditor («creditor») or by the debtor («debtor»)</translation>
        </message>
        <message>
            <source>Estado «{status}» no válido para cerrar una propuesta</source>
            <translation>«{status}» is not a valid status for closing an offer</translation>
        </message>
        <message>
            <source>El acuerdo se marca como cumplido («kept») o incumplido («broken»)</source>
            <translation>An agreement is marked as kept («kept») or broken («broken»)</translation>
        </message>
        <message>
            <source>La base de días configurada «{text}» no es válida (use 365 o 360)</source>
            <translation>The day basis in the settings, «{text}», is not valid (use 365 or 360)</translation>
        </message>
        <message>
            <source>Solo se agregan codeudores («codebtor») o avalistas («guarantor»)</source>
            <translation>Only co-debtors («codebtor») or guarantors («guarantor») can be added</translation>
        </message>
        <message>
            <source>Generando «{title}» con corte al {day}</source>
            <translation>Generating «{title}» with the cut-off at {day}</translation>
        </message>
        <message>
            <source>Convirtiendo a PDF: {titles}</source>
            <translation>Converting to PDF: {titles}</translation>
        </message>
        <message>
            <source>No se pudo generar «{title}» con corte al {day}: {reason}</source>
            <translation>«{title}» could not be generated with the cut-off at {day}: {reason}</translation>
        </message>
        <message>
            <source>No se pudo generar el PDF de «{title}» con corte al {day}: {reason}. Déjelo fuera del paquete o instale LibreOffice</source>
            <translation>The PDF of «{title}» could not be generated with the cut-off at {day}: {reason}. Leave it out of the packet or install LibreOffice</translation>
        </message>
        <message>
            <source>La fecha de corte de la liquidación ({cut_off}) es anterior al vencimiento de la obligación {ref} ({due}): los intereses moratorios corren desde el día siguiente al vencimiento. Elija esa fecha o una posterior.</source>
            <translation>The liquidation cut-off date ({cut_off}) is earlier than the due date of obligation {ref} ({due}): default interest runs from the day after the due date. Choose that date or a later one.</translation>
        </message>
        <message>
            <source>No se pueden copiar las plantillas a {target}: {reason}</source>
            <translation>The templates cannot be copied to {target}: {reason}</translation>
        </message>
        <message>
            <source>{out}: la salida debe terminar en .docx o .pdf</source>
            <translation>{out}: the output file must end in .docx or .pdf</translation>
        </message>
        <message>
            <source>Se generó el DOCX pero no el PDF: {reason}</source>
            <translation>The DOCX was generated but not the PDF: {reason}</translation>
        </message>
        <message>
            <source>{warning}. El DOCX quedó en {docx}</source>
            <translation>{warning}. The DOCX was saved as {docx}</translation>
        </message>
        <message>
            <source>No se encontró LibreOffice (soffice/libreoffice) en este equipo; no se puede generar el PDF. El documento DOCX sí se generó. Instale LibreOffice o defina LEGAL_DESK_SOFFICE con la ruta del programa soffice.</source>
            <translation>LibreOffice (soffice/libreoffice) was not found on this computer, so the PDF cannot be generated. The DOCX document was generated. Install LibreOffice or set LEGAL_DESK_SOFFICE to the path of the soffice program.</translation>
        </message>
        <message>
            <source>No se pudieron convertir a PDF {count} archivo(s): {names}</source>
            <translation>{count} file(s) could not be converted to PDF: {names}</translation>
        </message>
        <message>
            <source>Se generaron los DOCX pero no los PDF: {reason}</source>
            <translation>The DOCX files were generated but not the PDFs: {reason}</translation>
        </message>
        <message>
            <source>LibreOffice no convirtió algunos documentos; quedan solo en DOCX</source>
            <translation>LibreOffice did not convert some documents; they are kept as DOCX only</translation>
        </message>
        <message>
            <source>{path} no es una base de datos SQLite (o está dañada); revise --db o LEGAL_DESK_DB</source>
            <translation>{path} is not a SQLite database (or it is damaged); check --db or LEGAL_DESK_DB</translation>
        </message>
        <message>
            <source>{path} es una base de datos SQLite de otro programa (no tiene el esquema de legal_desk); indique otro archivo</source>
            <translation>{path} is another program's SQLite database (it does not have the legal_desk schema); choose another file</translation>
        </message>
        <message>
            <source>La base de datos «{url}» no es compatible: indique la ruta de un archivo SQLite o una URL postgresql+psycopg://usuario@servidor/base</source>
            <translation>The database «{url}» is not supported: give the path of a SQLite file or a URL postgresql+psycopg://user@server/database</translation>
        </message>
        <message>
            <source>No se puede crear la carpeta de la base de datos {folder}: {reason}</source>
            <translation>The database folder {folder} cannot be created: {reason}</translation>
        </message>
        <message>
            <source>{path} es una carpeta; indique el archivo de la base de datos</source>
            <translation>{path} is a folder; give the database file</translation>
        </message>
        <message>
            <source>No se puede usar la base de datos «{url}»: {reason}</source>
            <translation>The database «{url}» cannot be used: {reason}</translation>
        </message>
        <message>
            <source>No se puede abrir la base de datos ({url}): {reason}</source>
            <translation>The database cannot be opened ({url}): {reason}</translation>
        </message>
        <message>
            <source>No se pudo conectar: {reason}</source>
            <translation>Could not connect: {reason}</translation>
        </message>
        <message>
            <source>La base de datos está en la versión de esquema {current}, más nueva que esta aplicación ({head}). Actualice legal_desk antes de abrirla.</source>
            <translation>The database is at schema version {current}, newer than this application ({head}). Update legal_desk before opening it.</translation>
        </message>
        <message>
            <source>No se puede escribir en la carpeta de archivos {folder}: {reason}. Elija otra carpeta con --store o en Configuración.</source>
            <translation>The files folder {folder} cannot be written to: {reason}. Choose another folder with --store or in Settings.</translation>
        </message>
        <message>
            <source>Se perdió la conexión con el servidor de la base de datos; no se guardó nada de esta operación, repítala cuando el servidor vuelva a responder</source>
            <translation>The connection to the database server was lost; nothing of this operation was saved, repeat it when the server answers again</translation>
        </message>
        <message>
            <source>Se perdió la conexión con el servidor de la base de datos; repita la consulta cuando el servidor vuelva a responder</source>
            <translation>The connection to the database server was lost; repeat the query when the server answers again</translation>
        </message>
        <message>
            <source>La base de datos está ocupada: otro programa u otro legal_desk lleva más de {seconds} s guardando en ella (p. ej. una importación grande); no se guardó nada de esta operación, repítala cuando termine</source>
            <translation>The database is busy: another program or another legal_desk has been saving to it for more than {seconds} s (e.g. a large import); nothing of this operation was saved, repeat it when that finishes</translation>
        </message>
        <message>
            <source>La base de datos está ocupada: otro programa u otro legal_desk la tiene bloqueada desde hace más de {seconds} s; repita la consulta cuando termine</source>
            <translation>The database is busy: another program or another legal_desk has held it locked for more than {seconds} s; repeat the query when that finishes</translation>
        </message>
        <message>
            <source>Importación de {file} interrumpida: {reason}; no se guardó nada</source>
            <translation>The import of {file} was interrupted: {reason}; nothing was saved</translation>
        </message>
        <message>
            <source>el proceso que leía el archivo terminó de forma inesperada</source>
            <translation>the process reading the file ended unexpectedly</translation>
        </message>
        <message>
            <source>error al leer el archivo: {detail}</source>
            <translation>error reading the file: {detail}</translation>
        </message>
        <message>
            <source>La tabla de tasas tiene {n} error(es): {errors}{more}.</source>
            <translation>The rate table has {n} error(s): {errors}{more}.</translation>
        </message>
        <message>
            <source>línea {line}, {column}: {error}</source>
            <translation>line {line}, {column}: {error}</translation>
        </message>
        <message>
            <source>línea {line}: {error}</source>
            <translation>line {line}: {error}</translation>
        </message>
        <message>
            <source> (y {n} más)</source>
            <translation> (and {n} more)</translation>
        </message>
        <message>
            <source>{path} es una carpeta; indique el archivo de la tabla de tasas</source>
            <translation>{path} is a folder; choose the rate table file</translation>
        </message>
        <message>
            <source>no existe el archivo {path}</source>
            <translation>the file {path} does not exist</translation>
        </message>
        <message>
            <source>{name} es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo</source>
            <translation>{name} is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import it</translation>
        </message>
        <message>
            <source>{name} no es un archivo de texto CSV ni un libro .xlsx</source>
            <translation>{name} is neither a CSV text file nor an .xlsx workbook</translation>
        </message>
        <message>
            <source>el archivo está vacío</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>el archivo no tiene períodos</source>
            <translation>the file has no periods</translation>
        </message>
        <message>
            <source>falta la columna (se esperan desde, hasta, tasa_efectiva_anual)</source>
            <translation>the column is missing (expected: desde, hasta, tasa_efectiva_anual, or from, to, annual_rate)</translation>
        </message>
        <message>
            <source>no es un número</source>
            <translation>is not a number</translation>
        </message>
        <message>
            <source>la tasa está vacía</source>
            <translation>the rate is empty</translation>
        </message>
        <message>
            <source>«{value}» mezcla coma y punto; escriba la tasa como 27,90 o 27.90</source>
            <translation>«{value}» mixes comma and point; write the rate as 27,90 or 27.90</translation>
        </message>
        <message>
            <source>«{value}» no es una tasa</source>
            <translation>«{value}» is not a rate</translation>
        </message>
        <message>
            <source>la tasa {rate} es negativa</source>
            <translation>the rate {rate} is negative</translation>
        </message>
        <message>
            <source>la tasa es {value}: una tasa moratoria no es cero (el período no causaría intereses); escriba la tasa certificada del período</source>
            <translation>the rate is {value}: a default-interest rate is not zero (the period would accrue no interest); write the period's certified rate</translation>
        </message>
        <message>
            <source>la tasa {rate} % supera el 200 % anual, el máximo admitido (el mismo de una tasa pactada); revise la coma decimal: 29,98 % se escribe 29,98, no 2998</source>
            <translation>the rate {rate} % is above 200 % a year, the highest accepted (the same as for an agreed rate); check the decimal separator: 29.98 % is written 29,98 or 29.98, not 2998</translation>
        </message>
        <message>
            <source>la tasa {value} parece una fracción y se leería como {rate} % efectivo anual; la tabla va en porcentaje: escriba {shown} para {shown} %</source>
            <translation>the rate {value} looks like a fraction and would be read as {rate} % effective annual; the table is in percent: write {shown} for {shown} %</translation>
        </message>
        <message>
            <source>la fecha inicial {start} es posterior a la final {end}</source>
            <translation>the start date {start} is later than the end date {end}</translation>
        </message>
        <message>
            <source>el período {start}–{end} se superpone con el de la línea {line} ({other_start}–{other_end})</source>
            <translation>the period {start}–{end} overlaps the one on line {line} ({other_start}–{other_end})</translation>
        </message>
        <message>
            <source>Tabla de tasas inválida: {problems}.</source>
            <translation>Invalid rate table: {problems}.</translation>
        </message>
        <message>
            <source>el período {start}–{end} termina antes de empezar</source>
            <translation>the period {start}–{end} ends before it starts</translation>
        </message>
        <message>
            <source>la tasa del período que empieza el {start} es negativa</source>
            <translation>the rate of the period starting on {start} is negative</translation>
        </message>
        <message>
            <source>el período {start}–{end} se superpone con {other_start}–{other_end}</source>
            <translation>the period {start}–{end} overlaps {other_start}–{other_end}</translation>
        </message>
        <message>
            <source>no hay espacio en el disco de {folder}</source>
            <translation>there is no space left on the disk of {folder}</translation>
        </message>
        <message>
            <source>{folder} está en un disco de solo lectura</source>
            <translation>{folder} is on a read-only disk</translation>
        </message>
        <message>
            <source>sin permiso para escribir en {folder}</source>
            <translation>no permission to write to {folder}</translation>
        </message>
        <message>
            <source>no se pudo copiar a {folder}: {reason}</source>
            <translation>could not be copied to {folder}: {reason}</translation>
        </message>
        <message>
            <source>No se pudo copiar a {target}: {reason}</source>
            <translation>Could not copy to {target}: {reason}</translation>
        </message>
        <message>
            <source>no queda espacio en ese disco; libere espacio o elija otro disco</source>
            <translation>there is no space left on that disk; free some space or choose another disk</translation>
        </message>
        <message>
            <source>el disco es de solo lectura; elija otra carpeta</source>
            <translation>the disk is read-only; choose another folder</translation>
        </message>
        <message>
            <source>no tiene permiso para escribir en esa carpeta; elija otra</source>
            <translation>you do not have permission to write to that folder; choose another one</translation>
        </message>
        <message>
            <source>una parte de la ruta es un archivo, no una carpeta; elija otra carpeta</source>
            <translation>part of the path is a file, not a folder; choose another folder</translation>
        </message>
        <message>
            <source>Cancelado: no se copió {name}</source>
            <translation>Cancelled: {name} was not copied</translation>
        </message>
        <message>
            <source>Notificación personal del mandamiento de pago al deudor</source>
            <translation>Payment order personally served on the debtor</translation>
        </message>
        <message>
            <source>Auto inadmisorio de la demanda</source>
            <translation>Order declaring the lawsuit inadmissible</translation>
        </message>
        <message>
            <source>Traslado de la liquidación del crédito</source>
            <translation>Debt liquidation served on the parties (traslado)</translation>
        </message>
        <message>
            <source>Mandamiento de pago notificado por estado</source>
            <translation>Payment order notified by court list (estado)</translation>
        </message>
        <message>
            <source>Notificación electrónica enviada (Ley 2213 art. 8)</source>
            <translation>Electronic service sent (Ley 2213 art. 8)</translation>
        </message>
        <message>
            <source>Citación para notificación personal entregada (art. 291)</source>
            <translation>Summons to appear for personal service delivered (art. 291)</translation>
        </message>
        <message>
            <source>Aviso de notificación entregado (art. 292)</source>
            <translation>Notice of service (aviso) delivered (art. 292)</translation>
        </message>
        <message>
            <source>Actuación del proceso</source>
            <translation>Procedural step</translation>
        </message>
        <message>
            <source>{what}: {description}</source>
            <translation>{what}: {description}</translation>
        </message>
        <message>
            <source>{what} ({detail})</source>
            <translation>{what} ({detail})</translation>
        </message>
        <message>
            <source>Solicitud de medida cautelar</source>
            <translation>Request for an attachment order (medida cautelar)</translation>
        </message>
        <message>
            <source>Auto que decreta la medida cautelar</source>
            <translation>Order granting the attachment (medida cautelar)</translation>
        </message>
        <message>
            <source>Medida cautelar inscrita o registrada</source>
            <translation>Attachment recorded or registered</translation>
        </message>
        <message>
            <source>Medida cautelar practicada (secuestro)</source>
            <translation>Attachment carried out (seizure, secuestro)</translation>
        </message>
        <message>
            <source>Levantamiento de la medida cautelar</source>
            <translation>Attachment lifted</translation>
        </message>
        <message>
            <source>{kind} realizada</source>
            <translation>{kind} held</translation>
        </message>
        <message>
            <source>Envío de la {notice}</source>
            <translation>Sending of the {notice}</translation>
        </message>
        <message>
            <source>Entrega de la {notice}</source>
            <translation>Delivery of the {notice}</translation>
        </message>
        <message>
            <source>Radicación de la demanda</source>
            <translation>Lawsuit filed (radicación)</translation>
        </message>
        <message>
            <source>Cambio de etapa: {summary}</source>
            <translation>Stage change: {summary}</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>The countries a refusal names (Term kind "country", domain.ids.COUNTRY_NAMES_ES), for lupdate.</extracomment>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentina</translation>
        </message>
        <message>
            <source>México</source>
            <translation>Mexico</translation>
        </message>
        <message>
            <source>España</source>
            <translation>Spain</translation>
        </message>
        <message>
            <source>entregar expedientes a jurídico</source>
            <extracomment>What each action is in a refusal (domain.permissions.ACTION_LABELS_ES), for lupdate.</extracomment>
            <translation>hand case files over to legal</translation>
        </message>
        <message>
            <source>importar expedientes</source>
            <translation>import case files</translation>
        </message>
        <message>
            <source>modificar expedientes</source>
            <translation>edit case files</translation>
        </message>
        <message>
            <source>modificar expedientes radicados</source>
            <translation>edit filed case files</translation>
        </message>
        <message>
            <source>aceptar expedientes entregados ni asignar abogado o dependiente</source>
            <translation>accept handed-over case files or assign a lawyer or paralegal</translation>
        </message>
        <message>
            <source>devolver expedientes a cobranza</source>
            <translation>return case files to collections</translation>
        </message>
        <message>
            <source>cambiar la etapa de un expediente</source>
            <translation>change the stage of a case file</translation>
        </message>
        <message>
            <source>tomar decisiones procesales (radicar, cerrar, reabrir, archivar)</source>
            <translation>take procedural decisions (file, close, reopen, archive)</translation>
        </message>
        <message>
            <source>agregar pruebas</source>
            <translation>add evidence</translation>
        </message>
        <message>
            <source>registrar gestiones</source>
            <translation>log contact attempts</translation>
        </message>
        <message>
            <source>registrar comunicaciones</source>
            <translation>record notices</translation>
        </message>
        <message>
            <source>registrar acuerdos de pago</source>
            <translation>record payment agreements</translation>
        </message>
        <message>
            <source>programar audiencias</source>
            <translation>schedule hearings</translation>
        </message>
        <message>
            <source>gestionar medidas cautelares</source>
            <translation>manage attachments (precautionary measures)</translation>
        </message>
        <message>
            <source>hacer o cerrar ofertas de arreglo</source>
            <translation>make or close settlement offers</translation>
        </message>
        <message>
            <source>registrar abonos</source>
            <translation>record payments</translation>
        </message>
        <message>
            <source>generar documentos</source>
            <translation>generate documents</translation>
        </message>
        <message>
            <source>armar paquetes de radicación</source>
            <translation>build filing packets</translation>
        </message>
        <message>
            <source>modificar el calendario judicial</source>
            <translation>change the court calendar</translation>
        </message>
        <message>
            <source>importar tasas moratorias</source>
            <translation>import default interest rates</translation>
        </message>
        <message>
            <source>administrar usuarios</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>cambiar la configuración</source>
            <translation>change the settings</translation>
        </message>
        <message>
            <source>hacer o restaurar copias de seguridad</source>
            <translation>make or restore backups</translation>
        </message>
        <message>
            <source>ver todos los expedientes</source>
            <translation>see every case file</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Registrar actuación</source>
            <translation>Record procedural step</translation>
        </message>
        <message>
            <source>Número de obligación, p. ej. OB-2024-000101</source>
            <translation>Account number, e.g. OB-2024-000101</translation>
        </message>
        <message>
            <source>Acuse de recibo probado el</source>
            <translation>Receipt proven on</translation>
        </message>
        <message>
            <source>Obligación</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Actuación</source>
            <translation>Procedural step</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lugar de entrega</source>
            <translation>Place of delivery</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Cualquier actuación del proceso, de oficio o a petición de parte, interrumpe el término del desistimiento tácito (CGP art. 317 num. 2 lit. c)</source>
            <translation>Any procedural step, by the court or at a party's request, interrupts the dismissal-for-inactivity period (CGP art. 317 no. 2 lit. c)</translation>
        </message>
        <message>
            <source>p. ej. auto que requiere, memorial que informa un abono, solicitud de oficios</source>
            <translation>e.g. order requiring the claimant, brief reporting a part-payment, request for official letters</translation>
        </message>
        <message>
            <source>Notificación electrónica</source>
            <translation>Electronic service</translation>
        </message>
        <message>
            <source>Indique el número de obligación del caso.</source>
            <translation>Enter the case's account number.</translation>
        </message>
        <message>
            <source>Describa la actuación, p. ej. «auto que requiere» o «memorial que informa un abono».</source>
            <translation>Describe the step, e.g. “order requiring the claimant” or “brief reporting a part-payment”.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceKindDialog</name>
        <message>
            <source> y {0} más</source>
            <extracomment>How many characters the evidence-kind box shows before eliding (the open list shows every name whole).</extracomment>
            <translation> and {0} more</translation>
        </message>
        <message>
            <source>Archivos: {0}</source>
            <translation>Files: {0}</translation>
        </message>
        <message>
            <source>Agregar pruebas</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <source>&amp;Tipo de prueba:</source>
            <translation>Evidence &amp;type:</translation>
        </message>
        <message>
            <source>&amp;Fecha del documento:</source>
            <translation>Document d&amp;ate:</translation>
        </message>
        <message>
            <source>&amp;Indicar fecha del documento</source>
            <translation>&amp;Set the document date</translation>
        </message>
        <message>
            <source>&amp;Descripción:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>FilePreview</name>
        <message>
            <source>Seleccione un archivo para verlo aquí</source>
            <translation>Select a file to preview it here</translation>
        </message>
        <message>
            <source>Sin vista previa: el archivo {0} no está en el almacén</source>
            <translation>No preview: file {0} is not in the store</translation>
        </message>
        <message>
            <source>Se muestra el comienzo del archivo; ábralo para leerlo completo.</source>
            <translation>Only the beginning of the file is shown; open it to read it all.</translation>
        </message>
        <message>
            <source>Sin vista previa de {0}: {1}</source>
            <translation>No preview of {0}: {1}</translation>
        </message>
        <message>
            <source>Sin vista previa de {0}: las fotos HEIC del iPhone no se pueden mostrar en este equipo. Ábrala con la aplicación del sistema o pida la foto en JPG.</source>
            <translation>No preview of {0}: iPhone HEIC photos cannot be shown on this computer. Open it with the system application or ask for the photo as JPG.</translation>
        </message>
        <message>
            <source>De</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Para</source>
            <translation>To</translation>
        </message>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Asunto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Adjuntos</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Sin vista previa: no se pudo leer la imagen {0}</source>
            <translation>No preview: image {0} could not be read</translation>
        </message>
        <message>
            <source>{0} páginas</source>
            <translation>{0} pages</translation>
        </message>
        <message>
            <source>Archivo comprimido: {0} archivos, {1} al descomprimir</source>
            <translation>Compressed archive: {0} files, {1} uncompressed</translation>
        </message>
        <message>
            <source>protegido con contraseña</source>
            <translation>password-protected</translation>
        </message>
        <message>
            <source>… y {0} archivos más</source>
            <translation>… and {0} more files</translation>
        </message>
        <message>
            <source>el archivo .zip está dañado o incompleto; pida al remitente una copia nueva</source>
            <translation>the .zip file is damaged or incomplete; ask the sender for a new copy</translation>
        </message>
        <message>
            <source>el archivo .msg está dañado o no es un correo de Outlook</source>
            <translation>the .msg file is damaged or is not an Outlook e-mail</translation>
        </message>
        <message>
            <source>el archivo .msg no es un correo de Outlook (puede ser una cita o un contacto)</source>
            <translation>the .msg file is not an Outlook e-mail (it may be an appointment or a contact)</translation>
        </message>
        <message>
            <source>Vista previa en PDF hecha con LibreOffice de hasta {0} páginas de la hoja de cálculo; ábrala para verla completa.</source>
            <translation>PDF preview made with LibreOffice of up to {0} pages of the spreadsheet; open it to see all of it.</translation>
        </message>
        <message>
            <source>Vista previa en PDF hecha con LibreOffice: la paginación puede diferir del original.</source>
            <translation>PDF preview made with LibreOffice: the page layout may differ from the original.</translation>
        </message>
        <message>
            <source>Convirtiendo {0} a PDF con LibreOffice para la vista previa…
La primera vez tarda unos segundos.</source>
            <translation>Converting {0} to PDF with LibreOffice for the preview…
The first time takes a few seconds.</translation>
        </message>
        <message>
            <source>Se muestran las primeras {0} de {1} páginas; ábralo para ver el resto.</source>
            <translation>Showing the first {0} of {1} pages; open it to see the rest.</translation>
        </message>
        <message>
            <source>pdftoppm no está instalado (paquete poppler-utils)</source>
            <translation>pdftoppm is not installed (package poppler-utils)</translation>
        </message>
        <message>
            <source>el PDF tarda demasiado en mostrarse; ábralo con la aplicación del sistema</source>
            <translation>the PDF takes too long to show; open it with the system application</translation>
        </message>
        <message>
            <source>el PDF está protegido con contraseña; ábralo con la aplicación del sistema</source>
            <translation>the PDF is password-protected; open it with the system application</translation>
        </message>
        <message>
            <source>el PDF está dañado o incompleto; pida al remitente una copia nueva</source>
            <translation>the PDF is damaged or incomplete; ask the sender for a new copy</translation>
        </message>
        <message>
            <source>LibreOffice no está instalado en este equipo; instálelo para ver aquí los documentos de Word y Excel, o ábralo con la aplicación del sistema</source>
            <translation>LibreOffice is not installed on this computer; install it to see Word and Excel documents here, or open the file with the system application</translation>
        </message>
        <message>
            <source>la instalación de LibreOffice no tiene el módulo de hojas de cálculo (Calc, paquete libreoffice-calc); instálelo para ver aquí los archivos de Excel</source>
            <translation>the LibreOffice installation has no spreadsheet module (Calc, package libreoffice-calc); install it to see Excel files here</translation>
        </message>
        <message>
            <source>LibreOffice no pudo convertir el archivo (puede estar dañado o protegido con contraseña); ábralo con la aplicación del sistema</source>
            <translation>LibreOffice could not convert the file (it may be damaged or password-protected); open it with the system application</translation>
        </message>
        <message>
            <source>LibreOffice tardó demasiado en convertir el archivo; ábralo con la aplicación del sistema</source>
            <translation>LibreOffice took too long to convert the file; open it with the system application</translation>
        </message>
        <message>
            <source>Sin vista previa para {0}.
Ábralo con la aplicación del sistema.</source>
            <translation>No preview for {0}.
Open it with the system application.</translation>
        </message>
        <message>
            <source>Página 1 de {0}; ábralo con la aplicación del sistema para ver las demás.</source>
            <translation>Page 1 of {0}; open it with the system application to see the others.</translation>
        </message>
        <message>
            <source>Preparando la vista previa…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <source>Sin vista previa: el PDF no tiene páginas legibles</source>
            <translation>No preview: the PDF has no readable pages</translation>
        </message>
    </context>
    <context>
        <name>GenerateDocumentDialog</name>
        <message>
            <source>El expediente ya está radicado: este documento es de antes de la demanda y saldría con fecha de hoy, distinto del que recibió el juzgado. Genérelo solo si necesita una versión nueva.</source>
            <extracomment>the cut-off of the document's liquidation when the user chose one (None: today's) what this case's stage makes of the document (which liquidation it presents), blank when nothing to say</extracomment>
            <translation>The case is already filed: this document belongs before the lawsuit and would be dated today, unlike the one the court received. Generate it only if you need a new version.</translation>
        </message>
        <message>
            <source>El caso aún no tiene radicado: la liquidación se genera como anexo de la demanda, a la fecha de presentación, sin pedir traslado.</source>
            <translation>The case has no court file number yet: the liquidation is generated as an annex to the lawsuit, at the filing date, without asking for the three days' notice to the other side.</translation>
        </message>
        <message>
            <source>El auto que ordena seguir adelante la ejecución no está en el expediente: la liquidación se genera como informativa, sin pedir el traslado del artículo 446 del CGP, que procede una vez ejecutoriado ese auto (numeral 1).</source>
            <translation>The order to proceed with the enforcement is not in the case file: the liquidation is generated for information, without asking for the notice of article 446 CGP, which applies once that order is final (paragraph 1).</translation>
        </message>
        <message>
            <source>Liquidación del artículo 446 del CGP: pide correr traslado a la parte demandada por tres días.</source>
            <translation>Liquidation under article 446 CGP: it asks the court to give the defendant three days to object.</translation>
        </message>
        <message>
            <source>Plantilla</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Versión</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Campos requeridos</source>
            <translation>Required fields</translation>
        </message>
        <message>
            <source>Faltan en este caso</source>
            <translation>Missing in this case</translation>
        </message>
        <message>
            <source>Generar</source>
            <translation>Generate</translation>
        </message>
        <message>
            <source>Fecha hasta la que se liquidan los intereses del documento: la de presentación del escrito o la que ordenó el juzgado. No puede ser anterior al vencimiento.</source>
            <translation>Date up to which the document liquidates interest: the day the filing is presented or the date the court ordered. It cannot be before the due date.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; (versión {1})&lt;br&gt;Requiere: {2}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; (version {1})&lt;br&gt;Requires: {2}</translation>
        </message>
        <message>
            <source>A este caso le falta: {0}</source>
            <translation>This case is missing: {0}</translation>
        </message>
        <message>
            <source>Plantillas</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Generar documento</source>
            <translation>Generate document</translation>
        </message>
        <message>
            <source>Elija la plantilla. Cada generación queda como una nueva versión en el expediente.</source>
            <translation>Choose the template. Each generation is kept as a new version in the case file.</translation>
        </message>
        <message>
            <source>Formato:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>DOCX y PDF (LibreOffice)</source>
            <translation>DOCX and PDF (LibreOffice)</translation>
        </message>
        <message>
            <source>Solo DOCX</source>
            <translation>DOCX only</translation>
        </message>
    </context>
    <context>
        <name>HandoverDebtPage</name>
        <message>
            <source>Deuda y título</source>
            <translation>Debt and title</translation>
        </message>
        <message>
            <source>Capital adeudado y datos del título ejecutivo.</source>
            <translation>Principal owed and details of the enforceable title.</translation>
        </message>
        <message>
            <source>&amp;Capital *</source>
            <translation>&amp;Principal *</translation>
        </message>
        <message>
            <source>Fecha de &amp;vencimiento *</source>
            <translation>D&amp;ue date *</translation>
        </message>
        <message>
            <source>&amp;Tipo de título *</source>
            <translation>&amp;Title type *</translation>
        </message>
        <message>
            <source>Nú&amp;mero del título</source>
            <translation>Title nu&amp;mber</translation>
        </message>
        <message>
            <source>Fecha de &amp;emisión</source>
            <translation>&amp;Issue date</translation>
        </message>
        <message>
            <source>Tasa moratoria &amp;pactada (% EA)</source>
            <translation>Agreed default &amp;rate (% p.a.)</translation>
        </message>
        <message>
            <source>&amp;Dónde está el original</source>
            <translation>&amp;Where the original is kept</translation>
        </message>
        <message>
            <source>&amp;Resumen del cobro prejurídico</source>
            <translation>Pre-legal collection &amp;summary</translation>
        </message>
    </context>
    <context>
        <name>HandoverDebtorPage</name>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Obligación y datos del deudor tal como constan en el título.</source>
            <translation>Account and debtor details as they appear on the title.</translation>
        </message>
        <message>
            <source>Número de o&amp;bligación *</source>
            <translation>&amp;Account number *</translation>
        </message>
        <message>
            <source>Acr&amp;eedor</source>
            <translation>&amp;Creditor</translation>
        </message>
        <message>
            <source>NIT del ac&amp;reedor</source>
            <translation>C&amp;reditor tax ID (NIT)</translation>
        </message>
        <message>
            <source>Nombre o razón &amp;social *</source>
            <translation>Na&amp;me or company name *</translation>
        </message>
        <message>
            <source>&amp;Tipo de documento *</source>
            <translation>ID &amp;type *</translation>
        </message>
        <message>
            <source>Número de docu&amp;mento *</source>
            <translation>ID n&amp;umber *</translation>
        </message>
        <message>
            <source>&amp;Dirección</source>
            <translation>A&amp;ddress</translation>
        </message>
        <message>
            <source>Ci&amp;udad</source>
            <translation>C&amp;ity</translation>
        </message>
        <message>
            <source>&amp;Correo electrónico</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Origen del correo</source>
            <translation>E-mail s&amp;ource</translation>
        </message>
        <message>
            <source>Te&amp;léfono</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Canales autori&amp;zados</source>
            <translation>Authorised c&amp;hannels</translation>
        </message>
        <message>
            <source>p. ej. solicitud de crédito</source>
            <translation>e.g. credit application</translation>
        </message>
        <message>
            <source>Medios por los que el deudor autorizó ser contactado (Ley 2300 de 2023)</source>
            <translation>Means by which the debtor agreed to be contacted (Ley 2300 of 2023)</translation>
        </message>
    </context>
    <context>
        <name>HandoverSummaryPage</name>
        <message>
            <source>Resumen y confirmación</source>
            <translation>Summary and confirmation</translation>
        </message>
        <message>
            <source>Revise los datos; al finalizar el expediente queda entregado a jurídico.</source>
            <translation>Check the details; when you finish, the case is handed over to legal.</translation>
        </message>
    </context>
    <context>
        <name>HandoverWizard</name>
        <message>
            <source>Entrega a jurídico</source>
            <translation>Handover to legal</translation>
        </message>
        <message>
            <source>Entregar a jurídico</source>
            <translation>Hand over to legal</translation>
        </message>
        <message>
            <source>No se pudo entregar</source>
            <translation>Could not hand over</translation>
        </message>
    </context>
    <context>
        <name>HandoversView</name>
        <message>
            <source>Pendientes de aceptar por jurídico</source>
            <extracomment>«Mis entregas» groups by lifecycle stage (DOMAIN.md §2), in the order collections reads them: what came back and needs their work first, then what legal has still to accept, is working on, and closed; last, the pre-legal accounts nobody has handed over yet (still in *cobro prejurídico*), to work and hand over. Imported in the background once the window is up: the case file and its thirteen tabs pull in the document engine (docxtpl, python-docx, jinja2, lxml), num2words and every record dialog, ~0.3-0.8 s of a frozen window when the first case of a session was opened (later ones took 35-70 ms). After the window is shown (its first rows are in by then): a user does not open a case sooner than this. the one group a dashboard tile asked for (None: every group)</extracomment>
            <translation>Awaiting acceptance by legal</translation>
        </message>
        <message>
            <source>Aceptadas, en trámite en jurídico</source>
            <translation>Accepted, in progress with legal</translation>
        </message>
        <message>
            <source>Cerradas</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Sin entregar, en cobro prejurídico</source>
            <translation>Not handed over, in pre-legal collection</translation>
        </message>
        <message>
            <source>Aceptadas por jurídico este mes</source>
            <translation>Accepted by legal this month</translation>
        </message>
        <message>
            <source>Las obligaciones que usted entregó a jurídico, por etapa (las devueltas dicen por qué, las cerradas cómo terminaron), y las que siguen en cobro prejurídico sin entregar. Doble clic o Enter abre el expediente.</source>
            <translation>The accounts you handed over to legal, by stage (returned ones say why, closed ones how they ended), and those still in pre-legal collection, not handed over. Double-click or Enter opens the case.</translation>
        </message>
        <message>
            <source>Solo: %1</source>
            <translation>Only: %1</translation>
        </message>
        <message>
            <source>Ver todas mis entregas</source>
            <translation>Show all my handovers</translation>
        </message>
        <message>
            <source>Obligación</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Etapa</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>se muestran %1 de %2</source>
            <translation>showing %1 of %2</translation>
        </message>
        <message>
            <source>Devueltas a cobranza</source>
            <translation>Returned to collections</translation>
        </message>
    </context>
    <context>
        <name>HearingDialog</name>
        <message>
            <source>Lugar o enlace: indique dónde se hace la audiencia</source>
            <translation>Place or link: say where the hearing takes place</translation>
        </message>
        <message>
            <source>Programar audiencia</source>
            <translation>Schedule hearing</translation>
        </message>
        <message>
            <source>&amp;Tipo:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Fecha y hora:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <source>&amp;Lugar:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>&amp;Enlace:</source>
            <translation>&amp;Link:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy HH:mm</source>
            <translation>dd/MM/yyyy HH:mm</translation>
        </message>
        <message>
            <source>Juzgado, sala, dirección</source>
            <translation>Court, room, address</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
    </context>
    <context>
        <name>HearingOutcomeDialog</name>
        <message>
            <source>Resultado de la audiencia</source>
            <translation>Hearing outcome</translation>
        </message>
        <message>
            <source>&amp;Estado:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Nueva fecha (si se aplazó):</source>
            <translation>&amp;New date (if postponed):</translation>
        </message>
        <message>
            <source>&amp;Lo ocurrido:</source>
            <translation>&amp;What happened:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy HH:mm</source>
            <translation>dd/MM/yyyy HH:mm</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{current} → {target}</source>
            <translation>{current} → {target}</translation>
        </message>
        <message>
            <source>Reabierto: {current} → {target} ({reason})</source>
            <translation>Reopened: {current} → {target} ({reason})</translation>
        </message>
        <message>
            <source>Deudor {name}: {fields}</source>
            <translation>Debtor {name}: {fields}</translation>
        </message>
        <message>
            <source>Codeudor {name}: {fields}</source>
            <translation>Co-debtor {name}: {fields}</translation>
        </message>
        <message>
            <source>acreedor</source>
            <translation>creditor</translation>
        </message>
        <message>
            <source>deudor</source>
            <translation>debtor</translation>
        </message>
        <message>
            <source>Contrapropuesta del {party}: {amount}</source>
            <translation>Counter-offer from the {party}: {amount}</translation>
        </message>
        <message>
            <source>Propuesta del {party}: {amount}</source>
            <translation>Offer from the {party}: {amount}</translation>
        </message>
        <message>
            <source> de contado</source>
            <translation> in cash</translation>
        </message>
        <message>
            <source> en {n} cuotas</source>
            <translation> in {n} instalments</translation>
        </message>
        <message>
            <source>, vence el {day}</source>
            <translation>, expires on {day}</translation>
        </message>
        <message>
            <source>Entregada el {day}</source>
            <translation>Delivered on {day}</translation>
        </message>
        <message>
            <source>Devuelta: {reason}</source>
            <translation>Returned: {reason}</translation>
        </message>
        <message>
            <source>Devuelta el {day}: {reason}</source>
            <translation>Returned on {day}: {reason}</translation>
        </message>
        <message>
            <source>{kind} enviada por {channel}</source>
            <translation>{kind} sent by {channel}</translation>
        </message>
        <message>
            <source>{term} vence el {day}</source>
            <translation>{term} due on {day}</translation>
        </message>
        <message>
            <source>Evento {code} del {day}: {deadlines}</source>
            <translation>Event {code} on {day}: {deadlines}</translation>
        </message>
        <message>
            <source>{term}: cumplido el {day} (tarde; vencía el {due})</source>
            <translation>{term}: met on {day} (late; it was due on {due})</translation>
        </message>
        <message>
            <source>{term}: cumplido el {day}</source>
            <translation>{term}: met on {day}</translation>
        </message>
        <message>
            <source>{title} (versión {n})</source>
            <translation>{title} (version {n})</translation>
        </message>
        <message>
            <source>Retirada {what}</source>
            <translation>Withdrawn {what}</translation>
        </message>
        <message>
            <source>Entrega a jurídico de {ref}</source>
            <translation>Handed over to legal: {ref}</translation>
        </message>
        <message>
            <source>Datos del expediente: {fields}</source>
            <translation>Case data: {fields}</translation>
        </message>
        <message>
            <source>Acreedor {name}: {fields}</source>
            <translation>Creditor {name}: {fields}</translation>
        </message>
        <message>
            <source>Codeudor agregado: {name} ({id_type} {id_number})</source>
            <translation>Co-debtor added: {name} ({id_type} {id_number})</translation>
        </message>
        <message>
            <source>{kind} el {day} {time}</source>
            <translation>{kind} on {day} at {time}</translation>
        </message>
        <message>
            <source>Audiencia aplazada al {day} {time}: {outcome}</source>
            <translation>Hearing postponed to {day} at {time}: {outcome}</translation>
        </message>
        <message>
            <source>Audiencia {status}: {outcome}</source>
            <translation>Hearing {status}: {outcome}</translation>
        </message>
        <message>
            <source>Medida solicitada: {asset} — {description}</source>
            <translation>Attachment requested: {asset} — {description}</translation>
        </message>
        <message>
            <source>Medida {status} el {day}</source>
            <translation>Attachment {status} on {day}</translation>
        </message>
        <message>
            <source>Propuesta {status}</source>
            <translation>Offer {status}</translation>
        </message>
        <message>
            <source>Propuesta vencida</source>
            <translation>Offer expired</translation>
        </message>
        <message>
            <source>Acuerdo de pago firmado el {day}: {n} cuotas, total {total}</source>
            <translation>Payment agreement signed on {day}: {n} instalments, total {total}</translation>
        </message>
        <message>
            <source>Acuerdo incumplido</source>
            <translation>Agreement broken</translation>
        </message>
        <message>
            <source>Acuerdo cumplido</source>
            <translation>Agreement kept</translation>
        </message>
        <message>
            <source>Abono de {amount} el {day}: costas {costs}, intereses {interest}, capital {capital}</source>
            <translation>Payment of {amount} on {day}: costs {costs}, interest {interest}, principal {capital}</translation>
        </message>
        <message>
            <source>Abono de {amount} del {day} anulado: {reason}</source>
            <translation>Payment of {amount} on {day} reversed: {reason}</translation>
        </message>
        <message>
            <source>Paquete de radicación: {pages} folios, {n} anexos</source>
            <translation>Filing packet: {pages} pages, {n} annexes</translation>
        </message>
        <message>
            <source>Importación de {file}: {accepted} expedientes, {rejected} filas rechazadas</source>
            <translation>Import of {file}: {accepted} case files, {rejected} rows rejected</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Llamada</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Correo electrónico</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Visita</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Carta</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>No contesta</source>
            <translation>No answer</translation>
        </message>
        <message>
            <source>Promesa de pago</source>
            <translation>Promise to pay</translation>
        </message>
        <message>
            <source>Se niega a pagar</source>
            <translation>Refuses to pay</translation>
        </message>
        <message>
            <source>Número equivocado</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <source>Mensaje dejado</source>
            <translation>Message left</translation>
        </message>
        <message>
            <source>Pagó</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Controvierte la deuda</source>
            <translation>Disputes the debt</translation>
        </message>
        <message>
            <source>Contactado</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Entregado</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>No ubicado</source>
            <translation>Not located</translation>
        </message>
        <message>
            <source>Pide volver a llamar</source>
            <translation>Asks to be called back</translation>
        </message>
        <message>
            <source>Correo certificado</source>
            <translation>Certified mail</translation>
        </message>
        <message>
            <source>Correo electrónico certificado</source>
            <translation>Certified e-mail</translation>
        </message>
        <message>
            <source>Entrega personal</source>
            <translation>Hand delivery</translation>
        </message>
        <message>
            <source>Carta de requerimiento</source>
            <translation>Demand letter</translation>
        </message>
        <message>
            <source>Aviso final antes de demanda</source>
            <translation>Final notice before suit</translation>
        </message>
        <message>
            <source>Aviso previo de reporte negativo (Ley 1266)</source>
            <translation>Prior notice of negative credit report (Ley 1266)</translation>
        </message>
        <message>
            <source>Citación para notificación personal (art. 291)</source>
            <translation>Summons for personal service (art. 291)</translation>
        </message>
        <message>
            <source>Notificación por aviso (art. 292)</source>
            <translation>Service by notice (art. 292)</translation>
        </message>
        <message>
            <source>Notificación electrónica (Ley 2213 art. 8)</source>
            <translation>Electronic service (Ley 2213 art. 8)</translation>
        </message>
        <message>
            <source>Otra comunicación</source>
            <translation>Other notice</translation>
        </message>
        <message>
            <source>Cuenta bancaria</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>Salario</source>
            <translation>Salary</translation>
        </message>
        <message>
            <source>Vehículo</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <source>Inmueble</source>
            <translation>Real estate</translation>
        </message>
        <message>
            <source>Acciones</source>
            <translation>Shares</translation>
        </message>
        <message>
            <source>Otro bien</source>
            <translation>Other asset</translation>
        </message>
        <message>
            <source>Solicitada</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Decretada</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Registrada / practicada</source>
            <translation>Registered / carried out</translation>
        </message>
        <message>
            <source>Ejecutada (remate)</source>
            <translation>Executed (auction)</translation>
        </message>
        <message>
            <source>Levantada</source>
            <translation>Lifted</translation>
        </message>
        <message>
            <source>Audiencia inicial (art. 372 CGP)</source>
            <translation>Initial hearing (art. 372 CGP)</translation>
        </message>
        <message>
            <source>Audiencia de instrucción y juzgamiento (art. 373 CGP)</source>
            <translation>Evidence and judgment hearing (art. 373 CGP)</translation>
        </message>
        <message>
            <source>Audiencia de conciliación</source>
            <translation>Conciliation hearing</translation>
        </message>
        <message>
            <source>Diligencia de remate</source>
            <translation>Auction</translation>
        </message>
        <message>
            <source>Diligencia de secuestro</source>
            <translation>Seizure of assets</translation>
        </message>
        <message>
            <source>Otra diligencia</source>
            <translation>Other proceeding</translation>
        </message>
        <message>
            <source>Programada</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Realizada</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Aplazada</source>
            <translation>Postponed</translation>
        </message>
        <message>
            <source>Cancelada</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Abierta</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Aceptada</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Rechazada</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Vencida</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Retirada</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Con contrapropuesta</source>
            <translation>Countered</translation>
        </message>
        <message>
            <source>Título ejecutivo (pagaré, letra, factura, contrato)</source>
            <translation>Enforceable title (promissory note, bill of exchange, invoice, contract)</translation>
        </message>
        <message>
            <source>Certificado de existencia y representación del acreedor</source>
            <translation>Creditor's certificate of incorporation and representation</translation>
        </message>
        <message>
            <source>Poder especial</source>
            <translation>Special power of attorney</translation>
        </message>
        <message>
            <source>Constancia de entrega de comunicación</source>
            <translation>Proof of delivery of a notice</translation>
        </message>
        <message>
            <source>Bitácora de gestión de cobro</source>
            <translation>Collection contact log</translation>
        </message>
        <message>
            <source>Acuerdo de pago firmado</source>
            <translation>Signed payment agreement</translation>
        </message>
        <message>
            <source>Documento de identidad</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <source>Liquidación del crédito</source>
            <translation>Debt liquidation</translation>
        </message>
        <message>
            <source>Correo electrónico (.eml)</source>
            <translation>E-mail (.eml)</translation>
        </message>
        <message>
            <source>Otro documento</source>
            <translation>Other document</translation>
        </message>
        <message>
            <source>Pagaré</source>
            <translation>Promissory note (pagaré)</translation>
        </message>
        <message>
            <source>Letra de cambio</source>
            <translation>Bill of exchange</translation>
        </message>
        <message>
            <source>Factura</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Contrato</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>Cédula de ciudadanía</source>
            <translation>Citizen ID card (CC)</translation>
        </message>
        <message>
            <source>Cédula de extranjería</source>
            <translation>Foreigner ID card (CE)</translation>
        </message>
        <message>
            <source>Número de identificación tributaria (NIT)</source>
            <translation>Tax ID number (NIT)</translation>
        </message>
        <message>
            <source>Pasaporte</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Tarjeta de identidad</source>
            <translation>Minor ID card (TI)</translation>
        </message>
        <message>
            <source>Documento nacional de identidad (DNI)</source>
            <translation>National identity document (DNI)</translation>
        </message>
        <message>
            <source>Clave única de identificación tributaria o laboral (CUIT/CUIL)</source>
            <translation>Argentine tax or labour ID (CUIT/CUIL)</translation>
        </message>
        <message>
            <source>Número de identidad de extranjero (NIE)</source>
            <translation>Foreigner identity number (NIE)</translation>
        </message>
        <message>
            <source>Número de identificación fiscal (NIF/CIF)</source>
            <translation>Spanish tax ID (NIF/CIF)</translation>
        </message>
        <message>
            <source>Registro federal de contribuyentes (RFC)</source>
            <translation>Mexican federal taxpayer registry (RFC)</translation>
        </message>
        <message>
            <source>Clave única de registro de población (CURP)</source>
            <translation>Mexican population registry code (CURP)</translation>
        </message>
        <message>
            <source>Término para pagar</source>
            <translation>Time to pay</translation>
        </message>
        <message>
            <source>Término para proponer excepciones</source>
            <translation>Time to file defences</translation>
        </message>
        <message>
            <source>Término para subsanar la demanda</source>
            <translation>Time to correct the lawsuit</translation>
        </message>
        <message>
            <source>Traslado de la liquidación (objeciones)</source>
            <translation>Objections to the liquidation</translation>
        </message>
        <message>
            <source>Notificar al deudor el mandamiento de pago</source>
            <translation>Serve the payment order on the debtor</translation>
        </message>
        <message>
            <source>Notificación electrónica surtida</source>
            <translation>E-mail service deemed complete</translation>
        </message>
        <message>
            <source>Comparecer a notificarse (citación)</source>
            <translation>Appear to be served (summons)</translation>
        </message>
        <message>
            <source>Notificación por aviso surtida</source>
            <translation>Service by notice complete</translation>
        </message>
        <message>
            <source>Retiro de copias del traslado</source>
            <translation>Time to collect the copies</translation>
        </message>
        <message>
            <source>Alerta de desistimiento tácito</source>
            <translation>Dismissal-for-inactivity alert</translation>
        </message>
        <message>
            <source>Vigente</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Cumplido</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Incumplido</source>
            <translation>Broken</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Avalista / codeudor</source>
            <translation>Guarantor / co-debtor</translation>
        </message>
        <message>
            <source>Codeudor</source>
            <translation>Co-debtor</translation>
        </message>
        <message>
            <source>Usuario o contraseña incorrectos</source>
            <translation>Wrong user name or password</translation>
        </message>
        <message>
            <source>México</source>
            <translation>Mexico</translation>
        </message>
        <message>
            <source>España</source>
            <translation>Spain</translation>
        </message>
        <message>
            <source>CCo arts. 711 y 789</source>
            <translation>CCo arts. 711 and 789</translation>
        </message>
        <message>
            <source>CCo arts. 779 y 789</source>
            <translation>CCo arts. 779 and 789</translation>
        </message>
        <message>
            <source>Decreto-ley 5965/63 arts. 96 y 103</source>
            <translation>Decree-law 5965/63 arts. 96 and 103</translation>
        </message>
        <message>
            <source>Decreto-ley 5965/63 art. 96</source>
            <translation>Decree-law 5965/63 art. 96</translation>
        </message>
        <message>
            <source>LGTOC arts. 165 y 174</source>
            <translation>LGTOC arts. 165 and 174</translation>
        </message>
        <message>
            <source>Ley 19/1985 Cambiaria y del Cheque art. 88</source>
            <translation>Law 19/1985 on bills of exchange and cheques, art. 88</translation>
        </message>
        <message>
            <source>CC art. 2536 (acción ejecutiva)</source>
            <translation>CC art. 2536 (executive action)</translation>
        </message>
        <message>
            <source>CCyC art. 2560 (plazo genérico)</source>
            <translation>CCyC art. 2560 (general term)</translation>
        </message>
        <message>
            <source>Código de Comercio art. 1047 (prescripción ordinaria mercantil)</source>
            <translation>Commercial Code art. 1047 (ordinary commercial limitation)</translation>
        </message>
        <message>
            <source>CC art. 1964.2 (acciones personales; ajustable)</source>
            <translation>CC art. 1964.2 (personal actions; adjustable)</translation>
        </message>
        <message>
            <source>Título ejecutivo escaneado y ubicación del original</source>
            <translation>Enforceable title scanned and location of the original</translation>
        </message>
        <message>
            <source>Deudor identificado (documento, dirección y origen del correo)</source>
            <translation>Debtor identified (ID, address and source of the e-mail)</translation>
        </message>
        <message>
            <source>Título no prescrito (o marcado para revisión)</source>
            <translation>Title not time-barred (or flagged for review)</translation>
        </message>
        <message>
            <source>Carta de requerimiento con constancia de entrega, o motivo para omitirla</source>
            <translation>Demand letter with proof of delivery, or the reason to skip it</translation>
        </message>
        <message>
            <source>Bitácora de gestión prejurídica</source>
            <translation>Pre-legal collection log</translation>
        </message>
        <message>
            <source>Poder especial para actuar</source>
            <translation>Special power of attorney to act</translation>
        </message>
        <message>
            <source>Liquidación del crédito a la fecha de radicación</source>
            <translation>Debt liquidation as of the filing date</translation>
        </message>
        <message>
            <source>Deudor identificado (DNI o CUIT, domicilio y origen del correo)</source>
            <translation>Debtor identified (DNI or CUIT, address and e-mail source)</translation>
        </message>
        <message>
            <source>Intimación de pago por carta documento con constancia de entrega, o motivo para omitirla</source>
            <translation>Demand for payment by carta documento with proof of delivery, or a reason to skip it</translation>
        </message>
        <message>
            <source>Bitácora de gestión prejudicial</source>
            <translation>Pre-litigation collection log</translation>
        </message>
        <message>
            <source>Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades</source>
            <translation>Creditor's registered statute or articles and the minutes appointing its officers</translation>
        </message>
        <message>
            <source>Poder general o especial para juicios (escritura pública)</source>
            <translation>General or special power of attorney for litigation (notarial deed)</translation>
        </message>
        <message>
            <source>Liquidación de la deuda a la fecha de la demanda</source>
            <translation>Statement of the debt as of the date of the claim</translation>
        </message>
        <message>
            <source>Deudor identificado (RFC o CURP, domicilio y origen del correo)</source>
            <translation>Debtor identified (RFC or CURP, address and e-mail source)</translation>
        </message>
        <message>
            <source>Requerimiento extrajudicial de pago con acuse de recibo, o motivo para omitirlo</source>
            <translation>Out-of-court demand for payment with acknowledgement of receipt, or a reason to skip it</translation>
        </message>
        <message>
            <source>Bitácora de gestión extrajudicial</source>
            <translation>Out-of-court collection log</translation>
        </message>
        <message>
            <source>Acta constitutiva del acreedor inscrita en el Registro Público de Comercio</source>
            <translation>Creditor's articles of incorporation (acta constitutiva) registered in the Public Registry of Commerce</translation>
        </message>
        <message>
            <source>Poder notarial para pleitos y cobranzas</source>
            <translation>Notarial power of attorney for lawsuits and collections</translation>
        </message>
        <message>
            <source>Liquidación del adeudo a la fecha de presentación de la demanda</source>
            <translation>Statement of the amount owed as of the filing date</translation>
        </message>
        <message>
            <source>Deudor identificado (DNI, NIE o NIF, domicilio y origen del correo)</source>
            <translation>Debtor identified (DNI, NIE or NIF, address and e-mail source)</translation>
        </message>
        <message>
            <source>Requerimiento de pago por burofax con certificación de contenido y acuse, o motivo para omitirlo</source>
            <translation>Demand for payment by burofax with content certification and receipt, or a reason to skip it</translation>
        </message>
        <message>
            <source>Escritura de constitución del acreedor y nota simple del Registro Mercantil</source>
            <translation>Creditor's deed of incorporation and Companies Register extract (nota simple)</translation>
        </message>
        <message>
            <source>Poder para pleitos a favor de procurador y abogado (escritura o apud acta)</source>
            <translation>Power of attorney for litigation to the court agent and the lawyer (deed or apud acta)</translation>
        </message>
        <message>
            <source>Liquidación de la deuda a la fecha de presentación de la demanda</source>
            <translation>Statement of the debt as of the filing date</translation>
        </message>
        <message>
            <source>falta el escaneo del título</source>
            <translation>the scan of the title is missing</translation>
        </message>
        <message>
            <source>indique dónde está el original</source>
            <translation>say where the original is</translation>
        </message>
        <message>
            <source>no se pudo calcular la prescripción</source>
            <translation>the limitation date could not be computed</translation>
        </message>
        <message>
            <source>sin constancia de entrega</source>
            <translation>no proof of delivery</translation>
        </message>
        <message>
            <source>sin gestiones registradas</source>
            <translation>no collection attempts recorded</translation>
        </message>
        <message>
            <source>requisito desconocido</source>
            <translation>unknown requirement</translation>
        </message>
        <message>
            <source>falta %1</source>
            <translation>missing %1</translation>
        </message>
        <message>
            <source>prescrito desde el %1</source>
            <translation>time-barred since %1</translation>
        </message>
        <message>
            <source>falta liquidación con corte reciente (la última es al %1)</source>
            <translation>missing: a liquidation with a recent cut-off (the last one is to %1)</translation>
        </message>
        <message>
            <source>documento</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>dirección</source>
            <translation>address</translation>
        </message>
        <message>
            <source>origen del correo electrónico</source>
            <translation>source of the e-mail</translation>
        </message>
        <message>
            <source>origen del correo de los codeudores</source>
            <translation>source of the co-debtors' e-mail</translation>
        </message>
        <message>
            <source>fecha registrada a mano</source>
            <translation>date entered by hand</translation>
        </message>
        <message>
            <source>%1 meses desde la fecha de vencimiento registrada (%2)</source>
            <translation>%1 months from the recorded due date (%2)</translation>
        </message>
        <message>
            <source>%1 años desde el vencimiento (%2)</source>
            <translation>%1 years from the due date (%2)</translation>
        </message>
        <message>
            <source>el %1 es inhábil y se corre al día hábil siguiente</source>
            <translation>%1 is a non-business day, so it moves to the next business day</translation>
        </message>
        <message>
            <source>Demanda radicada el %1, después de la fecha de prescripción: no la interrumpió</source>
            <translation>Lawsuit filed on %1, after the limitation date: it did not interrupt it</translation>
        </message>
        <message>
            <source>Interrumpida por la demanda radicada el %1 (art. 94 CGP), sujeta a notificar al deudor a más tardar el %2</source>
            <translation>Interrupted by the lawsuit filed on %1 (CGP art. 94), provided the debtor is served by %2</translation>
        </message>
        <message>
            <source>Interrumpida por la demanda radicada el %1 (art. 94 CGP), sujeta a notificar al deudor dentro del año siguiente a la notificación por estado del mandamiento de pago</source>
            <translation>Interrupted by the lawsuit filed on %1 (CGP art. 94), provided the debtor is served within one year of the claimant's notice of the payment order by court list</translation>
        </message>
        <message>
            <source>Interrumpida por la demanda radicada el %1 (art. 94 CGP); deudor notificado el %3</source>
            <translation>Interrupted by the lawsuit filed on %1 (CGP art. 94); debtor served on %3</translation>
        </message>
        <message>
            <source>Interrumpida por la demanda radicada el %1 (art. 94 CGP); deudor notificado</source>
            <translation>Interrupted by the lawsuit filed on %1 (CGP art. 94); debtor served</translation>
        </message>
        <message>
            <source>Interrumpida el %3 con la notificación al deudor: no se notificó dentro del año del art. 94 CGP (vencía el %2)</source>
            <translation>Interrupted on %3 by serving the debtor: not served within the CGP art. 94 year (it ended on %2)</translation>
        </message>
        <message>
            <source>La demanda radicada el %1 no la interrumpió: no se notificó dentro del año del art. 94 CGP (vencía el %2)</source>
            <translation>The lawsuit filed on %1 did not interrupt it: the debtor was not served within the CGP art. 94 year (it ended on %2)</translation>
        </message>
        <message>
            <source>n.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Entrega a jurídico</source>
            <extracomment>What an audit event of a case did, as the History tab names it (services' audit action codes).</extracomment>
            <translation>Handover to legal</translation>
        </message>
        <message>
            <source>Importación de entregas</source>
            <translation>Imported handover</translation>
        </message>
        <message>
            <source>Cambio de etapa</source>
            <translation>Stage change</translation>
        </message>
        <message>
            <source>Reapertura</source>
            <translation>Reopening</translation>
        </message>
        <message>
            <source>Datos del expediente</source>
            <translation>Case details</translation>
        </message>
        <message>
            <source>Archivado</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Desarchivado</source>
            <translation>Unarchived</translation>
        </message>
        <message>
            <source>Datos del acreedor</source>
            <translation>Creditor details</translation>
        </message>
        <message>
            <source>Parte agregada</source>
            <translation>Party added</translation>
        </message>
        <message>
            <source>Datos de una parte</source>
            <translation>Party details</translation>
        </message>
        <message>
            <source>Prueba agregada</source>
            <translation>Evidence added</translation>
        </message>
        <message>
            <source>Prueba archivada</source>
            <translation>Evidence archived</translation>
        </message>
        <message>
            <source>Gestión de cobro</source>
            <translation>Collection attempt</translation>
        </message>
        <message>
            <source>Comunicación enviada</source>
            <translation>Notice sent</translation>
        </message>
        <message>
            <source>Constancia de entrega</source>
            <translation>Proof of delivery</translation>
        </message>
        <message>
            <source>Acuerdo de pago</source>
            <translation>Payment agreement</translation>
        </message>
        <message>
            <source>Estado del acuerdo</source>
            <translation>Agreement status</translation>
        </message>
        <message>
            <source>Oferta</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Oferta decidida</source>
            <translation>Offer decided</translation>
        </message>
        <message>
            <source>Oferta vencida</source>
            <translation>Offer expired</translation>
        </message>
        <message>
            <source>Abono</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Abono anulado</source>
            <translation>Payment reversed</translation>
        </message>
        <message>
            <source>Documento generado</source>
            <translation>Document generated</translation>
        </message>
        <message>
            <source>Paquete de radicación</source>
            <translation>Filing packet</translation>
        </message>
        <message>
            <source>Audiencia programada</source>
            <translation>Hearing scheduled</translation>
        </message>
        <message>
            <source>Audiencia actualizada</source>
            <translation>Hearing updated</translation>
        </message>
        <message>
            <source>Medida cautelar</source>
            <translation>Precautionary measure</translation>
        </message>
        <message>
            <source>Estado de la medida</source>
            <translation>Measure status</translation>
        </message>
        <message>
            <source>Actuación procesal</source>
            <translation>Court event</translation>
        </message>
        <message>
            <source>Término cumplido</source>
            <translation>Deadline met</translation>
        </message>
        <message>
            <source>Términos recalculados</source>
            <translation>Deadlines recomputed</translation>
        </message>
        <message>
            <source>Tarea cumplida</source>
            <translation>Task done</translation>
        </message>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>LegalDataTab</name>
        <message>
            <source>Datos de Colombia para la cuantía (CGP arts. 17 y 25). El programa trae unos valores; los que fije el despacho prevalecen, se guardan en la base de datos (van en las copias de seguridad) y no se pierden al actualizar el programa.</source>
            <translation>Colombian data for the amount in dispute (CGP arts. 17 and 25). The program brings some values; the ones the firm sets prevail, are kept in the database (they go into backups) and are not lost when the program is updated.</translation>
        </message>
        <message>
            <source>Salario mínimo legal mensual vigente (SMLMV)</source>
            <translation>Statutory monthly minimum wage (SMLMV)</translation>
        </message>
        <message>
            <source>Año</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>SMLMV</source>
            <translation>SMLMV</translation>
        </message>
        <message>
            <source>Origen</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Valor del programa</source>
            <translation>Program's value</translation>
        </message>
        <message>
            <source>p. ej. 1.750.905</source>
            <translation>e.g. 1.750.905</translation>
        </message>
        <message>
            <source>Guardar salario</source>
            <translation>Save wage</translation>
        </message>
        <message>
            <source>Volver al del programa</source>
            <translation>Back to the program's</translation>
        </message>
        <message>
            <source>Quitar el valor del despacho para el año elegido</source>
            <translation>Remove the firm's value for the chosen year</translation>
        </message>
        <message>
            <source>Valor en pesos</source>
            <translation>Amount in pesos</translation>
        </message>
        <message>
            <source>Ciudades con Pequeñas Causas</source>
            <translation>Cities with Small Claims courts</translation>
        </message>
        <message>
            <source>Un asunto de mínima cuantía va a los Juzgados de Pequeñas Causas y Competencia Múltiple en estas ciudades; el juzgado escrito en el expediente prevalece sobre la lista.</source>
            <translation>A minimum-amount claim goes to the Small Claims and Multiple Jurisdiction Courts in these cities; the court written on the case file prevails over the list.</translation>
        </message>
        <message>
            <source>Ciudad</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>p. ej. Pereira</source>
            <translation>e.g. Pereira</translation>
        </message>
        <message>
            <source>Agregar ciudad</source>
            <translation>Add city</translation>
        </message>
        <message>
            <source>Quitar ciudad</source>
            <translation>Remove city</translation>
        </message>
        <message>
            <source>Solo consulta: estos datos los cambia el administrador.</source>
            <translation>Read only: the administrator changes these data.</translation>
        </message>
        <message>
            <source>Del despacho</source>
            <translation>The firm's</translation>
        </message>
        <message>
            <source>Del programa</source>
            <translation>The program's</translation>
        </message>
        <message>
            <source>En la lista</source>
            <translation>On the list</translation>
        </message>
        <message>
            <source>Quitada por el despacho</source>
            <translation>Removed by the firm</translation>
        </message>
        <message>
            <source>Salario mínimo</source>
            <translation>Minimum wage</translation>
        </message>
        <message>
            <source>Salario mínimo de {y} guardado; rige para la cuantía.</source>
            <translation>Minimum wage of {y} saved; the amount in dispute uses it.</translation>
        </message>
        <message>
            <source>Salario mínimo de {y}: rige el del programa.</source>
            <translation>Minimum wage of {y}: the program's applies.</translation>
        </message>
        <message>
            <source>Pequeñas Causas</source>
            <translation>Small Claims</translation>
        </message>
        <message>
            <source>«{c}» está en la lista de Pequeñas Causas.</source>
            <translation>“{c}” is on the Small Claims list.</translation>
        </message>
        <message>
            <source>«{c}» ya no está en la lista de Pequeñas Causas.</source>
            <translation>“{c}” is no longer on the Small Claims list.</translation>
        </message>
    </context>
    <context>
        <name>LegalPanel</name>
        <message>
            <source>Jurisdicción</source>
            <translation>Jurisdiction</translation>
        </message>
        <message>
            <source>Calendario judicial</source>
            <translation>Court calendar</translation>
        </message>
        <message>
            <source>Tasas de interés</source>
            <translation>Interest rates</translation>
        </message>
        <message>
            <source>Términos</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Prescripción</source>
            <translation>Limitation</translation>
        </message>
        <message>
            <source>Cuantía (SMLMV y Pequeñas Causas)</source>
            <translation>Amount in dispute (SMLMV and Small Claims)</translation>
        </message>
        <message>
            <source>Calculadora de términos</source>
            <translation>Deadline calculator</translation>
        </message>
        <message>
            <source> días hábiles</source>
            <translation> business days</translation>
        </message>
        <message>
            <source>Juzgado (opcional)</source>
            <translation>Court (optional)</translation>
        </message>
        <message>
            <source>Calcular</source>
            <translation>Calculate</translation>
        </message>
        <message>
            <source>Día omitido</source>
            <translation>Skipped day</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Cierres y reaperturas del despacho</source>
            <translation>Court closures and reopenings</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Juzgado</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Ciudad</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Registrado por</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Agregar cierre…</source>
            <translation>Add closure…</translation>
        </message>
        <message>
            <source>Eliminar cierre</source>
            <translation>Delete closure</translation>
        </message>
        <message>
            <source>Agregar un día de cierre del despacho (Ctrl+Shift+N)</source>
            <translation>Add a day the court is closed (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Opciones del calendario</source>
            <translation>Calendar options</translation>
        </message>
        <message>
            <source>Semana Santa (lunes a miércoles) sin despacho</source>
            <translation>Holy Week (Monday to Wednesday) courts closed</translation>
        </message>
        <message>
            <source>17 de diciembre, Día de la Rama Judicial, sin despacho</source>
            <translation>17 December, Judiciary Day, courts closed</translation>
        </message>
        <message>
            <source>Términos en meses o años que vencen en día inhábil: prórroga al día hábil siguiente</source>
            <translation>Deadlines in months or years that fall on a non-business day: extended to the next business day</translation>
        </message>
        <message>
            <source>Términos en meses o años: contar desde el día siguiente al evento (15/03 + 1 año = 16/03)</source>
            <translation>Terms in months or years: count from the day after the event (15/03 + 1 year = 16/03)</translation>
        </message>
        <message>
            <source>CGP art. 118: si el vencimiento ocurre en día inhábil se extiende al primer día hábil siguiente. También mueve la fecha de prescripción.</source>
            <translation>CGP art. 118: a term ending on a closed day runs to the next business day. Also moves the limitation date.</translation>
        </message>
        <message>
            <source>CGP art. 118: el término vence «el mismo día que empezó a correr». Desactivado: el mismo día del evento (15/03/2025 + 1 año = 15/03/2026). Activado: el mismo día en que empezó a correr, el siguiente al evento (16/03/2026). No cambia la prescripción.</source>
            <translation>CGP art. 118: the term ends «on the same day it started to run». Off: the event's own day (15/03/2025 + 1 year = 15/03/2026). On: the day it started to run, the day after the event (16/03/2026). Does not change the limitation date.</translation>
        </message>
        <message>
            <source>Solo consulta: su rol no administra el calendario.</source>
            <translation>Read only: your role does not manage the calendar.</translation>
        </message>
        <message>
            <source>Importar tabla de tasas (CSV/XLSX)…</source>
            <translation>Import rate table (CSV/XLSX)…</translation>
        </message>
        <message>
            <source>Importar la tabla de tasas de un archivo CSV o XLSX (Ctrl+Shift+I)</source>
            <translation>Import the rate table from a CSV or XLSX file (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>365 días</source>
            <translation>365 days</translation>
        </message>
        <message>
            <source>360 días</source>
            <translation>360 days</translation>
        </message>
        <message>
            <source>Base de días para intereses</source>
            <translation>Day basis for interest</translation>
        </message>
        <message>
            <source>Errores del archivo (no se importó nada)</source>
            <translation>File errors (nothing was imported)</translation>
        </message>
        <message>
            <source>Línea</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Columna</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problema</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Tabla vigente</source>
            <translation>Current table</translation>
        </message>
        <message>
            <source>Tasa E.A.</source>
            <translation>Annual rate</translation>
        </message>
        <message>
            <source>Historial de importaciones</source>
            <translation>Import history</translation>
        </message>
        <message>
            <source>Importada</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Archivo</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Períodos</source>
            <translation>Periods</translation>
        </message>
        <message>
            <source>Por</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Incluir vencidos sin cumplir</source>
            <translation>Include overdue, unmet</translation>
        </message>
        <message>
            <source>Actualizar</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Registrar actuación…</source>
            <translation>Record procedural step…</translation>
        </message>
        <message>
            <source>Vencen del</source>
            <translation>Due from</translation>
        </message>
        <message>
            <source>al</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Vence</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Obligación</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Término</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Explicación</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Marcar cumplido</source>
            <translation>Mark kept</translation>
        </message>
        <message>
            <source>Cumplido el</source>
            <translation>Met on</translation>
        </message>
        <message>
            <source>Alertas de desistimiento tácito (CGP art. 317)</source>
            <translation>Tacit abandonment alerts (CGP art. 317)</translation>
        </message>
        <message>
            <source>Etapa</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Última actuación</source>
            <translation>Last procedural step</translation>
        </message>
        <message>
            <source>Días sin actuación</source>
            <translation>Days without activity</translation>
        </message>
        <message>
            <source>Vence el</source>
            <translation>Ends on</translation>
        </message>
        <message>
            <source>Norma</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source> año(s)</source>
            <translation> year(s)</translation>
        </message>
        <message>
            <source>Guardar período</source>
            <translation>Save period</translation>
        </message>
        <message>
            <source>Período de inactividad</source>
            <translation>Inactivity period</translation>
        </message>
        <message>
            <source> días</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Prescriben dentro de</source>
            <translation>Time-barred within</translation>
        </message>
        <message>
            <source>Prescribe el</source>
            <translation>Time-barred on</translation>
        </message>
        <message>
            <source>Días restantes</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Notificación personal del mandamiento al deudor</source>
            <translation>Payment order personally served on the debtor</translation>
        </message>
        <message>
            <source>Notificación electrónica enviada (Ley 2213 de 2022)</source>
            <translation>Electronic service sent (Ley 2213 of 2022)</translation>
        </message>
        <message>
            <source>Citación para notificación entregada (art. 291)</source>
            <translation>Summons to appear for service delivered (art. 291)</translation>
        </message>
        <message>
            <source>Aviso de notificación entregado (art. 292)</source>
            <translation>Notice of service (aviso) delivered (art. 292)</translation>
        </message>
        <message>
            <source>Auto inadmisorio de la demanda notificado</source>
            <translation>Order declaring the lawsuit inadmissible notified</translation>
        </message>
        <message>
            <source>Mandamiento de pago notificado por estado al demandante</source>
            <translation>Payment order notified to the claimant by court list (estado)</translation>
        </message>
        <message>
            <source>Traslado de la liquidación del crédito</source>
            <translation>Debt liquidation served on the parties (traslado)</translation>
        </message>
        <message>
            <source>Otra actuación del proceso (auto, memorial, diligencia…)</source>
            <translation>Other procedural step (order, brief, proceeding…)</translation>
        </message>
        <message>
            <source>En el mismo municipio (5 días)</source>
            <translation>In the same municipality (5 days)</translation>
        </message>
        <message>
            <source>Fuera del municipio (10 días)</source>
            <translation>Outside the municipality (10 days)</translation>
        </message>
        <message>
            <source>En el exterior (30 días)</source>
            <translation>Abroad (30 days)</translation>
        </message>
        <message>
            <source>CGP art. 317 num. 2: 1 año en primera instancia</source>
            <translation>CGP art. 317 para. 2: 1 year in first instance</translation>
        </message>
        <message>
            <source>CGP art. 317 num. 2 lit. b: 2 años con sentencia o auto que ordena seguir adelante la ejecución</source>
            <translation>CGP art. 317 para. 2 (b): 2 years once there is a judgment or an order to proceed with enforcement</translation>
        </message>
        <message>
            <source>con auto de seguir adelante</source>
            <translation>with an order to proceed</translation>
        </message>
        <message>
            <source>Alerta</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>Demanda (art. 94 CGP)</source>
            <translation>Lawsuit (CGP art. 94)</translation>
        </message>
        <message>
            <source>Rojo: prescrito · naranja: ≤ 30 días · ámbar: ≤ 90 · amarillo: ≤ 180. Un caso radicado a tiempo no aparece mientras la demanda interrumpe la prescripción (art. 94 CGP); vuelve si el año para notificar al deudor vence sin notificarlo. Doble clic o Enter abre el caso.</source>
            <translation>Red: time-barred · orange: ≤ 30 days · amber: ≤ 90 · yellow: ≤ 180. A case filed in time is not listed while the lawsuit interrupts the limitation (CGP art. 94); it comes back if the year to serve the debtor ends without service. Double-click or Enter opens the case.</translation>
        </message>
        <message>
            <source>Reapertura</source>
            <translation>Reopening</translation>
        </message>
        <message>
            <source>Cierre</source>
            <translation>Closure</translation>
        </message>
        <message>
            <source>Todos</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Todas</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Vigente</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Reemplazada</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Vencido</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Vence pronto</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Abierto</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Prescrito</source>
            <translation>Time-barred</translation>
        </message>
        <message>
            <source>{n} días</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <source>Radicada después, el {d}</source>
            <translation>Filed too late, on {d}</translation>
        </message>
        <message>
            <source>Sin notificar en el año (venció el {d})</source>
            <translation>Not served within the year (ended {d})</translation>
        </message>
        <message>
            <source>Términos y tasas</source>
            <translation>Deadlines and rates</translation>
        </message>
        <message>
            <source>No hay tabla de tasas importada para esta jurisdicción.</source>
            <translation>No rate table has been imported for this jurisdiction.</translation>
        </message>
        <message>
            <source>Términos: {n} · vencidos: {m} · vencen en 2 días hábiles o menos: {s}</source>
            <translation>Deadlines: {n} · overdue: {m} · due within 2 business days: {s}</translation>
        </message>
        <message>
            <source>Casos: {n} · ya prescritos: {p}</source>
            <translation>Cases: {n} · already time-barred: {p}</translation>
        </message>
        <message>
            <source>{d} días hábiles desde el {s} vencen el {due}; {k} días no hábiles omitidos.</source>
            <translation>{d} business days from {s} fall due on {due}; {k} non-business days skipped.</translation>
        </message>
        <message>
            <source>La notificación surte efectos el {e} y el término corre desde el día siguiente ({src}).</source>
            <translation>The notice takes effect on {e} and the term runs from the following day ({src}).</translation>
        </message>
        <message>
            <source>Seleccione el cierre a eliminar.</source>
            <translation>Select the closure to delete.</translation>
        </message>
        <message>
            <source>¿Eliminar el cierre del {a} al {b} ({r})? Los términos abiertos se recalcularán.</source>
            <translation>Delete the closure from {a} to {b} ({r})? Open deadlines will be recomputed.</translation>
        </message>
        <message>
            <source>Recalculando términos…</source>
            <translation>Recomputing deadlines…</translation>
        </message>
        <message>
            <source>{n} términos recalculados</source>
            <translation>{n} deadlines recomputed</translation>
        </message>
        <message>
            <source>Importar tabla de tasas</source>
            <translation>Import rate table</translation>
        </message>
        <message>
            <source>Tablas de tasas (*.csv *.xlsx);;Todos los archivos (*)</source>
            <translation>Rate tables (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>Importando {f}…</source>
            <translation>Importing {f}…</translation>
        </message>
        <message>
            <source>No se importó nada: el archivo tiene {n} error(es). Corríjalos y vuelva a importarlo.</source>
            <translation>Nothing was imported: the file has {n} error(s). Fix them and import it again.</translation>
        </message>
        <message>
            <source>Tabla importada de {f}: 1 período del {a} al {b}; es la tabla vigente.</source>
            <translation>Table imported from {f}: 1 period from {a} to {b}; it is the table in force.</translation>
        </message>
        <message>
            <source>Tabla importada de {f}: {n} períodos del {a} al {b}; es la tabla vigente.</source>
            <translation>Table imported from {f}: {n} periods from {a} to {b}; it is now the current table.</translation>
        </message>
        <message>
            <source> y {n} más</source>
            <translation> and {n} more</translation>
        </message>
        <message>
            <source>¡Atención! La tabla no cubre todos los días que liquidan {n} expediente(s) con abonos ({refs}): sus abonos conservan la imputación anterior y su liquidación indica el día que falta.</source>
            <translation>Warning: the table does not cover every day needed to liquidate {n} case(s) with payments ({refs}): their payments keep their previous allocation and their liquidation names the missing day.</translation>
        </message>
        <message>
            <source>Base de días</source>
            <translation>Day basis</translation>
        </message>
        <message>
            <source>Base de días para intereses: {v}</source>
            <translation>Day basis for interest: {v}</translation>
        </message>
        <message>
            <source>Seleccione un término.</source>
            <translation>Select a deadline.</translation>
        </message>
        <message>
            <source>{t} cumplido tarde</source>
            <translation>{t} met late</translation>
        </message>
        <message>
            <source>{t} cumplido</source>
            <translation>{t} met</translation>
        </message>
        <message>
            <source>Registrar actuación</source>
            <translation>Record procedural step</translation>
        </message>
        <message>
            <source>Actuación registrada: {d}</source>
            <translation>Procedural step recorded: {d}</translation>
        </message>
        <message>
            <source>{l} vence el {date}</source>
            <translation>{l} due on {date}</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Escriba su nombre de usuario.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Elija una contraseña</source>
            <translation>Choose a password</translation>
        </message>
        <message>
            <source>Su usuario aún no tiene contraseña. Escriba una nueva (mínimo 8 caracteres):</source>
            <translation>Your user has no password yet. Enter a new one (at least 8 characters):</translation>
        </message>
        <message>
            <source>Debe elegir una contraseña para ingresar.</source>
            <translation>You must choose a password to log in.</translation>
        </message>
        <message>
            <source>Repita la contraseña:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>Contraseña</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Las contraseñas no coinciden.</source>
            <translation>The passwords do not match.</translation>
        </message>
        <message>
            <source>Ingrese con la contraseña que ya se eligió.</source>
            <translation>Log in with the password that was already chosen.</translation>
        </message>
        <message>
            <source>Ingresar a legal_desk</source>
            <translation>Log in to legal_desk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;legal_desk&lt;/h2&gt;&lt;p&gt;Cobranza judicial — ingrese con su usuario.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;legal_desk&lt;/h2&gt;&lt;p&gt;Judicial debt collection — log in with your user.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Usuario:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Contraseña:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Primer ingreso.&lt;/b&gt; Esta base de datos es nueva: ingrese como «admin» con la contraseña en blanco y pulse Aceptar; enseguida se le pedirá elegir una. Después podrá crear los usuarios del equipo en «Usuarios».</source>
            <translation>&lt;b&gt;First log-in.&lt;/b&gt; This database is new: log in as “admin” with the password left blank and press OK; you will be asked to choose one right away. Then you can create your team's users under “Users”.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tablero</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Mis entregas</source>
            <translation>My handovers</translation>
        </message>
        <message>
            <source>Expedientes</source>
            <translation>Docket</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Términos y tasas</source>
            <translation>Deadlines and rates</translation>
        </message>
        <message>
            <source>Usuarios</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>legal_desk — Cobranza judicial</source>
            <translation>legal_desk — Judicial debt collection</translation>
        </message>
        <message>
            <source>Paneles</source>
            <translation>Panels</translation>
        </message>
        <message>
            <source>&amp;Nuevo expediente</source>
            <translation>&amp;New case</translation>
        </message>
        <message>
            <source>Recibir una obligación de cobranza (Ctrl+N)</source>
            <translation>Receive an account from collections (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Importar entregas</source>
            <translation>&amp;Import handovers</translation>
        </message>
        <message>
            <source>Importar entregas en bloque desde CSV o Excel (Ctrl+I)</source>
            <translation>Import handovers in bulk from CSV or Excel (Ctrl+I)</translation>
        </message>
        <message>
            <source>E&amp;xportar expedientes…</source>
            <translation>E&amp;xport case files…</translation>
        </message>
        <message>
            <source>Guardar la lista de expedientes, con sus filtros, en Excel o CSV</source>
            <translation>Save the list of case files, with its filters, to Excel or CSV</translation>
        </message>
        <message>
            <source>Generar documentos en &amp;lote…</source>
            <translation>Generate documents in &amp;batch…</translation>
        </message>
        <message>
            <source>Una plantilla para muchos expedientes (Ctrl+Shift+B)</source>
            <translation>One template for many cases (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>&amp;Requisitos para radicar…</source>
            <translation>Filing &amp;requirements…</translation>
        </message>
        <message>
            <source>&amp;Buscar</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Agregar &amp;prueba</source>
            <translation>Add &amp;evidence</translation>
        </message>
        <message>
            <source>Siguiente expediente</source>
            <translation>Next case</translation>
        </message>
        <message>
            <source>Anterior expediente</source>
            <translation>Previous case</translation>
        </message>
        <message>
            <source>&amp;Configuración…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Mis datos…</source>
            <translation>&amp;My details…</translation>
        </message>
        <message>
            <source>&amp;Plantillas de documentos…</source>
            <translation>Document &amp;templates…</translation>
        </message>
        <message>
            <source>Ver, abrir en Word y personalizar las plantillas de los documentos</source>
            <translation>See, open in Word and customise the document templates</translation>
        </message>
        <message>
            <source>Copia de &amp;seguridad…</source>
            <translation>&amp;Backup…</translation>
        </message>
        <message>
            <source>Guardar la base de datos y todos los archivos en un ZIP</source>
            <translation>Save the database and every file in one ZIP</translation>
        </message>
        <message>
            <source>&amp;Verificar integridad…</source>
            <translation>&amp;Verify integrity…</translation>
        </message>
        <message>
            <source>&amp;Restaurar copia…</source>
            <translation>&amp;Restore backup…</translation>
        </message>
        <message>
            <source>Comprobar una c&amp;opia…</source>
            <translation>Check a bac&amp;kup…</translation>
        </message>
        <message>
            <source>Recuperar archivos de una copia…</source>
            <translation>Recover files from a backup…</translation>
        </message>
        <message>
            <source>Tomar de una copia de seguridad los archivos que «Verificar integridad» encuentra faltantes o alterados, sin tocar la base de datos</source>
            <translation>Take from a backup the files that «Verify integrity» finds missing or altered, without touching the database</translation>
        </message>
        <message>
            <source>Leer una copia de seguridad (ZIP) y comprobar que está completa y se puede restaurar, sin tocar esta base de datos</source>
            <translation>Read a backup (ZIP) and check that it is complete and can be restored, without touching this database</translation>
        </message>
        <message>
            <source>Cargar en esta base de datos una copia de seguridad (p. ej. al pasar a un servidor PostgreSQL)</source>
            <translation>Load a backup into this database (e.g. when moving to a PostgreSQL server)</translation>
        </message>
        <message>
            <source>Revisar que ningún archivo guardado cambió y que la auditoría está completa</source>
            <translation>Check that no stored file changed and the audit trail is complete</translation>
        </message>
        <message>
            <source>Su nombre, cédula, tarjeta profesional y correo, como salen en poderes y demandas</source>
            <translation>Your name, ID number, bar card and e-mail, as printed on powers of attorney and lawsuits</translation>
        </message>
        <message>
            <source>&amp;Acerca de legal_desk</source>
            <translation>&amp;About legal_desk</translation>
        </message>
        <message>
            <source>&amp;Salir</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Cerrar expediente</source>
            <translation>Close case</translation>
        </message>
        <message>
            <source>&amp;Archivo</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Expediente</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <source>A&amp;yuda</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Barra de herramientas</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>Usuario: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <source>Abra un expediente para agregarle pruebas (Ctrl+E)</source>
            <translation>Open a case file to add evidence to it (Ctrl+E)</translation>
        </message>
        <message>
            <source>Agregar pruebas al expediente abierto (Ctrl+E)</source>
            <translation>Add evidence to the open case file (Ctrl+E)</translation>
        </message>
        <message>
            <source>Expediente</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>La ventana del expediente aún no está disponible.</source>
            <translation>The case file window is not available yet.</translation>
        </message>
        <message>
            <source>Expediente %1</source>
            <translation>Case %1</translation>
        </message>
        <message>
            <source>Abra un expediente para agregar una prueba.</source>
            <translation>Open a case to add evidence.</translation>
        </message>
        <message>
            <source>Mis datos</source>
            <translation>My details</translation>
        </message>
        <message>
            <source>%1 ya tiene %2 expedientes. La copia %3 los reemplazará, con sus usuarios y ajustes. Haga antes una copia de seguridad de esta base. ¿Reemplazar?</source>
            <translation>%1 already holds %2 cases. The backup %3 will replace them, with its users and settings. Back up this database first. Replace?</translation>
        </message>
        <message>
            <source>¿Cargar la copia %3 en %1? Sus usuarios y ajustes reemplazan los de esta base.</source>
            <translation>Load the backup %3 into %1? Its users and settings replace this database's.</translation>
        </message>
        <message>
            <source>Restaurar copia de seguridad</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Hay %1 conexiones de otros equipos a esta base de datos: %2. Cierre legal_desk en esos equipos antes de restaurar; si siguen abiertos, trabajarán sobre expedientes que ya no existen. ¿Restaurar de todos modos (solo si sabe que nadie está trabajando)?</source>
            <translation>There are %1 connections from other computers to this database: %2. Close legal_desk on those computers before restoring; if they stay open they will work on case files that no longer exist. Restore anyway (only if you know nobody is working)?</translation>
        </message>
        <message>
            <source>Comprobar una copia de seguridad</source>
            <translation>Check a backup</translation>
        </message>
        <message>
            <source>Recuperar archivos de una copia</source>
            <translation>Recover files from a backup</translation>
        </message>
        <message>
            <source>&lt;h3&gt;legal_desk %1&lt;/h3&gt;&lt;p&gt;Gestión de expedientes de cobranza judicial: entregas de cobranza, pruebas, requerimientos, términos, audiencias, liquidaciones y paquetes de radicación.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;legal_desk %1&lt;/h3&gt;&lt;p&gt;Case-file management for judicial debt collection: handovers from collections, evidence, demand letters, deadlines, hearings, liquidations and filing packets.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Acerca de legal_desk</source>
            <translation>About legal_desk</translation>
        </message>
        <message>
            <source>%1 cambió un expediente que usted tiene abierto; se muestra ya con sus cambios.</source>
            <translation>%1 changed a case file you have open; it now shows their changes.</translation>
        </message>
        <message>
            <source>Cambios de %1: la lista de expedientes se actualizó.</source>
            <translation>Changes by %1: the case list was updated.</translation>
        </message>
        <message>
            <source>Su rol cambió</source>
            <translation>Your role changed</translation>
        </message>
        <message>
            <source>Un administrador cambió el rol de «%1» de %2 a %3. La ventana se abre de nuevo con los paneles y permisos del rol nuevo.</source>
            <translation>An administrator changed the role of “%1” from %2 to %3. The window opens again with the new role's panels and permissions.</translation>
        </message>
        <message>
            <source>Un administrador cambió el rol de «%1» de %2 a %3. Lo que intentaba hacer no se guardó. La ventana se abre de nuevo con los paneles y permisos del rol nuevo.</source>
            <translation>An administrator changed the role of “%1” from %2 to %3. What you were doing was not saved. The window opens again with the panels and permissions of the new role.</translation>
        </message>
        <message>
            <source>Sesión terminada</source>
            <translation>Session ended</translation>
        </message>
        <message>
            <source>Un administrador desactivó el usuario «%1»: la sesión termina aquí. legal_desk se cerrará; para volver a trabajar pida a un administrador que lo active.</source>
            <translation>An administrator deactivated the user “%1”: the session ends here. legal_desk will close; to work again, ask an administrator to activate the user.</translation>
        </message>
        <message>
            <source>Un administrador desactivó el usuario «%1»: lo que intentaba hacer no se guardó y la sesión termina aquí. legal_desk se cerrará; para volver a trabajar pida a un administrador que lo active.</source>
            <translation>An administrator deactivated the user “%1”: what you were doing was not saved and the session ends here. legal_desk will close; to work again, ask an administrator to activate the user.</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Correo certificado: indique la empresa de mensajería y el número de guía</source>
            <translation>Certified mail: enter the courier and the tracking number</translation>
        </message>
        <message>
            <source>Registrar comunicación enviada</source>
            <translation>Record notice sent</translation>
        </message>
        <message>
            <source>&amp;Tipo:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Canal:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <source>&amp;Fecha de envío:</source>
            <translation>&amp;Date sent:</translation>
        </message>
        <message>
            <source>&amp;Empresa de mensajería:</source>
            <translation>Cou&amp;rier:</translation>
        </message>
        <message>
            <source>Número de &amp;guía:</source>
            <translation>Trac&amp;king number:</translation>
        </message>
        <message>
            <source>&amp;Destinatario:</source>
            <translation>Reci&amp;pient:</translation>
        </message>
        <message>
            <source>&amp;Notas:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>p. ej. 4-72, Servientrega</source>
            <translation>e.g. 4-72, Servientrega</translation>
        </message>
    </context>
    <context>
        <name>OfferDialog</name>
        <message>
            <source>Nueva propuesta de arreglo</source>
            <translation>New settlement offer</translation>
        </message>
        <message>
            <source>Deudor</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <source>Acreedor</source>
            <translation>Creditor</translation>
        </message>
        <message>
            <source>Valor</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Vence el: la propuesta no puede vencer antes de hacerse</source>
            <translation>Expires on: the offer cannot expire before it is made</translation>
        </message>
        <message>
            <source>Propuesta de arreglo</source>
            <translation>Settlement offer</translation>
        </message>
        <message>
            <source>&amp;Propone:</source>
            <translation>&amp;Proposed by:</translation>
        </message>
        <message>
            <source>&amp;Valor:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>Número de c&amp;uotas:</source>
            <translation>Number of ins&amp;talments:</translation>
        </message>
        <message>
            <source>&amp;Fecha:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>V&amp;ence</source>
            <translation>E&amp;xpires</translation>
        </message>
        <message>
            <source>Ven&amp;ce el:</source>
            <translation>Expires &amp;on:</translation>
        </message>
        <message>
            <source>&amp;Notas:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>$ 0,00</source>
            <translation>$ 0.00</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>El anexo «{0}» está cifrado. Escriba su contraseña:</source>
            <translation>Annex «{0}» is encrypted. Enter its password:</translation>
        </message>
        <message>
            <source>La contraseña no abrió «{0}». Intente de nuevo:</source>
            <translation>The password did not open «{0}». Try again:</translation>
        </message>
        <message>
            <source>Anexo cifrado</source>
            <translation>Encrypted annex</translation>
        </message>
        <message>
            <source>Armar paquete de radicación</source>
            <translation>Build filing packet</translation>
        </message>
        <message>
            <source>&lt;b&gt;La lista de verificación aún no está completa.&lt;/b&gt; Puede armar el paquete, pero faltan:</source>
            <translation>&lt;b&gt;The checklist is not complete yet.&lt;/b&gt; You can build the packet, but these are missing:</translation>
        </message>
        <message>
            <source>Anexos del paquete</source>
            <translation>Packet annexes</translation>
        </message>
        <message>
            <source>Subir</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Subir el anexo (Alt+↑)</source>
            <translation>Move the annex up (Alt+↑)</translation>
        </message>
        <message>
            <source>Bajar</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Bajar el anexo (Alt+↓)</source>
            <translation>Move the annex down (Alt+↓)</translation>
        </message>
        <message>
            <source>Armar</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>Fecha hasta la que se liquidan los intereses: la de presentación de la demanda o la que ordenó el juzgado. Al armar, la demanda y la liquidación incluidas se generan de nuevo con este corte (quedan como nueva versión en el expediente). No puede ser anterior al vencimiento.</source>
            <translation>Date up to which interest is liquidated: the day the lawsuit is filed or the date the court ordered. When building, the lawsuit and the liquidation included are generated again to this cut-off (kept as a new version in the case file). It cannot be before the due date.</translation>
        </message>
        <message>
            <source>Cancelar armado</source>
            <translation>Cancel build</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Folios</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Anexos</source>
            <translation>Annexes</translation>
        </message>
        <message>
            <source>Armó</source>
            <translation>Built by</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Paquetes anteriores</source>
            <translation>Earlier packets</translation>
        </message>
        <message>
            <source>&lt;b&gt;Anexos&lt;/b&gt; — marque los que van y ordénelos como se radican:</source>
            <translation>&lt;b&gt;Annexes&lt;/b&gt; — tick the ones to include and order them as filed:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Paquetes anteriores&lt;/b&gt; de este expediente:</source>
            <translation>&lt;b&gt;Earlier packets&lt;/b&gt; of this case:</translation>
        </message>
        <message>
            <source>Paquete</source>
            <translation>Packet</translation>
        </message>
        <message>
            <source>Arme el paquete o elija uno anterior para verlo aquí.</source>
            <translation>Build the packet or choose an earlier one to see it here.</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Anexo</source>
            <translation>Annex</translation>
        </message>
        <message>
            <source>Folios del paquete</source>
            <translation>Packet folios</translation>
        </message>
        <message>
            <source>Guardar como…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Abrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Marque al menos un anexo para armar el paquete</source>
            <translation>Tick at least one annex to build the packet</translation>
        </message>
        <message>
            <source>Armando…</source>
            <translation>Building…</translation>
        </message>
        <message>
            <source>Cancelando…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Armado cancelado; no se guardó ningún paquete.</source>
            <translation>Build cancelled; no packet was saved.</translation>
        </message>
        <message>
            <source>No se pudo armar el paquete</source>
            <translation>The packet could not be built</translation>
        </message>
        <message>
            <source>Paquete guardado en el expediente: {0} folios.</source>
            <translation>Packet saved in the case file: {0} pages.</translation>
        </message>
        <message>
            <source>Generados de nuevo con corte al {0}: {1}.</source>
            <translation>Generated again with cut-off {0}: {1}.</translation>
        </message>
        <message>
            <source>No se encuentra el paquete en el almacén: {0}</source>
            <translation>The packet cannot be found in the store: {0}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0} folios&lt;/b&gt; · {1} anexos · armado {2} por {3}&lt;br&gt;SHA-256: &lt;tt&gt;{4}&lt;/tt&gt;</source>
            <translation>&lt;b&gt;{0} pages&lt;/b&gt; · {1} annexes · built {2} by {3}&lt;br&gt;SHA-256: &lt;tt&gt;{4}&lt;/tt&gt;</translation>
        </message>
        <message>
            <source>Liquidación con corte al {0}</source>
            <translation>Liquidation cut-off {0}</translation>
        </message>
        <message>
            <source>Copiando {0}…</source>
            <translation>Copying {0}…</translation>
        </message>
        <message>
            <source>Guardado en {0}</source>
            <translation>Saved to {0}</translation>
        </message>
    </context>
    <context>
        <name>PartyDialog</name>
        <message>
            <source>Agregar codeudor</source>
            <extracomment>Highest agreed moratory rate the services accept (% effective annual).</extracomment>
            <translation>Add co-debtor</translation>
        </message>
        <message>
            <source>deudor</source>
            <translation>debtor</translation>
        </message>
        <message>
            <source>codeudor</source>
            <translation>co-debtor</translation>
        </message>
        <message>
            <source>Datos del {0}: {1}</source>
            <translation>Details of the {0}: {1}</translation>
        </message>
        <message>
            <source>Nombre: es obligatorio</source>
            <translation>Name: required</translation>
        </message>
        <message>
            <source>Documento: {0}</source>
            <translation>ID document: {0}</translation>
        </message>
        <message>
            <source>Correo: «{0}» no es una dirección válida</source>
            <translation>E-mail: “{0}” is not a valid address</translation>
        </message>
        <message>
            <source>Origen del correo: indique de dónde se obtuvo (lo exige la notificación electrónica)</source>
            <translation>E-mail source: state where it was obtained (required for electronic service)</translation>
        </message>
        <message>
            <source>Datos de la parte</source>
            <translation>Party details</translation>
        </message>
        <message>
            <source>Sin puntos; el NIT con dígito de verificación</source>
            <translation>Without dots; NIT with its check digit</translation>
        </message>
        <message>
            <source>Carrera 7 # 45-10, apto 301</source>
            <translation>Carrera 7 # 45-10, apto 301</translation>
        </message>
        <message>
            <source>Dónde se obtuvo (p. ej. solicitud de crédito)</source>
            <translation>Where it was obtained (e.g. credit application)</translation>
        </message>
        <message>
            <source>Ca&amp;lidad:</source>
            <translation>&amp;Capacity:</translation>
        </message>
        <message>
            <source>&amp;Nombre completo:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Tipo de documento:</source>
            <translation>ID &amp;type:</translation>
        </message>
        <message>
            <source>Nú&amp;mero de documento:</source>
            <translation>ID n&amp;umber:</translation>
        </message>
        <message>
            <source>&amp;Dirección de notificación:</source>
            <translation>&amp;Address for service:</translation>
        </message>
        <message>
            <source>C&amp;iudad:</source>
            <translation>C&amp;ity:</translation>
        </message>
        <message>
            <source>&amp;Correo electrónico:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Origen del correo:</source>
            <translation>E-mail s&amp;ource:</translation>
        </message>
        <message>
            <source>T&amp;eléfono:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>Llamada</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Correo electrónico</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Visita</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Carta</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>C&amp;anales autorizados por el deudor (Ley 2300 de 2023)</source>
            <translation>C&amp;hannels authorised by the debtor (Ley 2300 of 2023)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Valor</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Registrar pago (abono)</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <source>&amp;Fecha:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Valor:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>&amp;Referencia:</source>
            <translation>&amp;Reference:</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>$ 0,00</source>
            <translation>$ 0.00</translation>
        </message>
        <message>
            <source>consignación, transferencia…</source>
            <translation>deposit, transfer…</translation>
        </message>
    </context>
    <context>
        <name>ReadinessChecklist</name>
        <message>
            <source>Listo para radicar</source>
            <translation>Ready to file</translation>
        </message>
        <message>
            <source>Lista de verificación</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>{0} de {1} requisitos</source>
            <translation>{0} of {1} requirements</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <source>Entregada</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Devuelta</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>guía devuelta o certificado de la mensajería</source>
            <translation>returned waybill or courier certificate</translation>
        </message>
        <message>
            <source>&amp;Fecha de devolución:</source>
            <translation>Return &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Soporte (opcional):</source>
            <translation>&amp;Supporting file (optional):</translation>
        </message>
        <message>
            <source>&amp;Fecha de entrega:</source>
            <translation>&amp;Delivery date:</translation>
        </message>
        <message>
            <source>&amp;Constancia de entrega:</source>
            <translation>&amp;Proof of delivery:</translation>
        </message>
        <message>
            <source>Constancia de entrega</source>
            <translation>Proof of delivery</translation>
        </message>
        <message>
            <source>Constancias (*.pdf *.eml *.png *.jpg *.jpeg);;Todos (*)</source>
            <translation>Proofs (*.pdf *.eml *.png *.jpg *.jpeg);;All (*)</translation>
        </message>
        <message>
            <source>Constancia: el archivo {0} no existe</source>
            <translation>Proof: file {0} does not exist</translation>
        </message>
        <message>
            <source>Fecha: la entrega no puede ser anterior al envío</source>
            <translation>Date: delivery cannot be before sending</translation>
        </message>
        <message>
            <source>Constancia: adjunte el certificado, el acuse de recibo o el .eml</source>
            <translation>Proof: attach the certificate, the acknowledgement of receipt or the .eml</translation>
        </message>
        <message>
            <source>Fecha de devolución: no puede ser anterior al envío ({0})</source>
            <translation>Return date: it cannot be before the notice was sent ({0})</translation>
        </message>
        <message>
            <source>Motivo de devolución: indique por qué volvió la comunicación (p. ej. dirección errada, destinatario desconocido, rehusada)</source>
            <translation>Return reason: say why the notice came back (e.g. wrong address, addressee unknown, refused)</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>&amp;Resultado:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>&amp;Elegir archivo…</source>
            <translation>C&amp;hoose file…</translation>
        </message>
        <message>
            <source>&amp;Motivo de devolución:</source>
            <translation>&amp;Return reason:</translation>
        </message>
        <message>
            <source>certificado de entrega, acuse de recibo o .eml</source>
            <translation>delivery certificate, acknowledgement of receipt or .eml</translation>
        </message>
    </context>
    <context>
        <name>ReferralPreviewModel</name>
        <message>
            <source>Línea</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Válida</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Inválida</source>
            <translation>Invalid</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Administrador</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Abogado</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Dependiente judicial</source>
            <translation>Paralegal</translation>
        </message>
        <message>
            <source>Cobranza</source>
            <translation>Collections</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Archivo SQLite (un escritorio)</source>
            <translation>SQLite file (one desk)</translation>
        </message>
        <message>
            <source>Servidor PostgreSQL (equipo)</source>
            <translation>PostgreSQL server (team)</translation>
        </message>
        <message>
            <source>Las opciones de calendario no están disponibles en esta instalación.</source>
            <translation>Calendar options are not available in this installation.</translation>
        </message>
        <message>
            <source>Solo un abogado o el administrador puede cambiar el calendario.</source>
            <translation>Only a lawyer or the administrator can change the calendar.</translation>
        </message>
        <message>
            <source>Al cambiar una opción se recalculan los términos abiertos.</source>
            <translation>Changing an option recomputes the open deadlines.</translation>
        </message>
        <message>
            <source>Solo el administrador puede cambiar la base de datos y la carpeta de archivos de este escritorio; «Probar conexión» comprueba la actual.</source>
            <translation>Only the administrator can change this desk's database and file folder; «Test connection» checks the current one.</translation>
        </message>
        <message>
            <source>Idioma</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>No se encontró la traducción; se reiniciará en español.</source>
            <translation>The translation was not found; the interface stays in Spanish.</translation>
        </message>
        <message>
            <source>Base de datos</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>%1 es una carpeta de este equipo: los demás escritorios del servidor no verán las pruebas ni los documentos guardados en ella. Elija una carpeta compartida que todos vean.</source>
            <translation>%1 is a folder of this computer: the server's other desks will not see the evidence and documents kept in it. Choose a shared folder that every desk sees.</translation>
        </message>
        <message>
            <source>La nueva base de datos o carpeta se usará la próxima vez que abra legal_desk.</source>
            <translation>The new database or folder will be used the next time you open legal_desk.</translation>
        </message>
        <message>
            <source>Calendario</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>%1 términos recalculados.</source>
            <translation>%1 deadlines recomputed.</translation>
        </message>
        <message>
            <source>Para un servidor PostgreSQL escriba su dirección completa, por ejemplo %1</source>
            <translation>For a PostgreSQL server write its full address, for example %1</translation>
        </message>
        <message>
            <source>Ruta del archivo .sqlite3</source>
            <translation>Path of the .sqlite3 file</translation>
        </message>
        <message>
            <source>Archivo de base de datos</source>
            <translation>Database file</translation>
        </message>
        <message>
            <source>Carpeta de archivos</source>
            <translation>Files folder</translation>
        </message>
        <message>
            <source>Probando…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <source>Conexión correcta: %1</source>
            <translation>Connection OK: %1</translation>
        </message>
        <message>
            <source>Configuración</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>&amp;Idioma:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>El idioma se aplica de inmediato a la ventana principal.</source>
            <translation>The language is applied to the main window at once.</translation>
        </message>
        <message>
            <source>&amp;Tipo:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Archivo o URL:</source>
            <translation>&amp;File or URL:</translation>
        </message>
        <message>
            <source>Examinar…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>&amp;Carpeta de archivos:</source>
            <translation>&amp;Files folder:</translation>
        </message>
        <message>
            <source>Probar conexión</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>Los cambios de base de datos y carpeta se aplican al reiniciar legal_desk.</source>
            <translation>Database and folder changes apply when legal_desk restarts.</translation>
        </message>
        <message>
            <source>Calendario judicial</source>
            <translation>Court calendar</translation>
        </message>
        <message>
            <source>Semana Santa (lunes a miércoles) sin despacho</source>
            <translation>Holy Week (Monday to Wednesday) courts closed</translation>
        </message>
        <message>
            <source>17 de diciembre, Día de la Rama Judicial, sin despacho</source>
            <translation>17 December, Judiciary Day, courts closed</translation>
        </message>
        <message>
            <source>Términos en meses o años que vencen en día inhábil se corren al siguiente hábil</source>
            <translation>Deadlines in months or years that fall on a non-business day move to the next business day</translation>
        </message>
        <message>
            <source>Términos en meses o años contados desde el día siguiente al evento (CGP art. 118)</source>
            <translation>Terms in months or years counted from the day after the event (CGP art. 118)</translation>
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Pasar el expediente de «{0}» a «{1}».</source>
            <extracomment>Stage moves that are a court event starting terms (DOMAIN.md §4): the dialog asks its date and the case file records the event, so the terms appear without a trip to «Términos y tasas».</extracomment>
            <translation>Move the case from “{0}” to “{1}”.</translation>
        </message>
        <message>
            <source>Se contarán los términos para pagar (5 días) y para proponer excepciones (10 días).</source>
            <translation>The terms to pay (5 days) and to propose defences (10 days) will be counted.</translation>
        </message>
        <message>
            <source>Se contará el término de 5 días para subsanar la demanda (art. 90).</source>
            <translation>The 5-day term to correct the lawsuit (art. 90) will be counted.</translation>
        </message>
        <message>
            <source>&amp;Notificado el:</source>
            <translation>&amp;Served on:</translation>
        </message>
        <message>
            <source>&amp;Auto inadmisorio notificado el:</source>
            <translation>&amp;Inadmission order notified on:</translation>
        </message>
        <message>
            <source>&amp;Motivo (obligatorio):</source>
            <translation>&amp;Reason (required):</translation>
        </message>
        <message>
            <source>&amp;Subsanada el:</source>
            <translation>Correc&amp;ted on:</translation>
        </message>
        <message>
            <source>Cambiar etapa: {0}</source>
            <translation>Change stage: {0}</translation>
        </message>
        <message>
            <source>Motivo: indíquelo para pasar a esta etapa</source>
            <translation>Reason: required to move to this stage</translation>
        </message>
        <message>
            <source>Radicado: indique el número que asignó el juzgado o la oficina de reparto</source>
            <translation>Court number: enter the number assigned by the court or the filing office</translation>
        </message>
        <message>
            <source>Cambiar etapa</source>
            <translation>Change stage</translation>
        </message>
        <message>
            <source>&amp;Motivo:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Radicado:</source>
            <translation>Court n&amp;umber:</translation>
        </message>
        <message>
            <source>&amp;Juzgado:</source>
            <translation>&amp;Court:</translation>
        </message>
        <message>
            <source>&amp;Fecha de radicación:</source>
            <translation>&amp;Filing date:</translation>
        </message>
        <message>
            <source>p. ej. 11001400307520240012300</source>
            <translation>e.g. 11001400307520240012300</translation>
        </message>
        <message>
            <source>p. ej. Juzgado 75 Civil Municipal de Bogotá</source>
            <translation>e.g. Juzgado 75 Civil Municipal de Bogotá</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldsDialog</name>
        <message>
            <source>Campos de las plantillas</source>
            <translation>Template fields</translation>
        </message>
        <message>
            <source>Escriba un campo en la plantilla entre llaves dobles: {{ debtor.name }}. Los que terminan en [] son listas: {% for g in guarantors %}{{ g.name }}{% endfor %}. El ejemplo es del caso de ejemplo.</source>
            <translation>Write a field in the template between double braces: {{ debtor.name }}. Those ending in [] are lists: {% for g in guarantors %}{{ g.name }}{% endfor %}. The example comes from the sample case.</translation>
        </message>
        <message>
            <source>Buscar un campo (deudor: debtor, acreedor: creditor, abogado: lawyer…)</source>
            <translation>Search for a field (debtor, creditor, lawyer…)</translation>
        </message>
        <message>
            <source>Campos</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Campo</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Ejemplo</source>
            <translation>Example</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Plantillas de documentos</source>
            <translation>Document templates</translation>
        </message>
        <message>
            <source>Plantillas</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Documento</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>Archivo</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Versión</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Abrir en Word</source>
            <translation>Open in Word</translation>
        </message>
        <message>
            <source>Abrir carpeta</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Personalizar…</source>
            <translation>Customise…</translation>
        </message>
        <message>
            <source>Copiar las plantillas a una carpeta del despacho (compartida si trabajan varios) y generar desde allí</source>
            <translation>Copy the templates to the firm's own folder (a shared one if several people work) and generate from there</translation>
        </message>
        <message>
            <source>Usar las del programa</source>
            <translation>Use the program's</translation>
        </message>
        <message>
            <source>Comprobar</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Generar cada plantilla con el caso de ejemplo, sin tocar ningún expediente, y decir dónde falla</source>
            <translation>Generate each template with the sample case, without touching any case file, and say where it fails</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Campos…</source>
            <translation>Fields…</translation>
        </message>
        <message>
            <source>Los campos que puede escribir una plantilla, con un ejemplo</source>
            <translation>The fields a template can write, with an example</translation>
        </message>
        <message>
            <source>No se ofrecen porque no están en catalog.json: {0}. Agregue una entrada por archivo («name», «file», «title_es», «required») para generarlos.</source>
            <translation>Not offered because they are not in catalog.json: {0}. Add one entry per file («name», «file», «title_es», «required») to generate them.</translation>
        </message>
        <message>
            <source>Plantillas propias del despacho, en {0}. Edítelas en Word: los documentos nuevos usan la versión guardada.</source>
            <translation>The firm's own templates, in {0}. Edit them in Word: new documents use the saved version.</translation>
        </message>
        <message>
            <source>Plantillas del programa ({0}). No las edite aquí: una actualización las reemplaza. Un administrador puede «Personalizar…» para tener copias propias del despacho.</source>
            <translation>The program's templates ({0}). Do not edit them here: an update replaces them. An administrator can «Customise…» to give the firm its own copies.</translation>
        </message>
        <message>
            <source>Es la plantilla del programa: los cambios se perderían al actualizar.</source>
            <translation>This is the program's template: changes would be lost on update.</translation>
        </message>
        <message>
            <source>Carpeta de plantillas del despacho</source>
            <translation>The firm's templates folder</translation>
        </message>
        <message>
            <source>Plantillas copiadas a {0}; desde ahora se generan desde allí.</source>
            <translation>Templates copied to {0}; documents are generated from there from now on.</translation>
        </message>
        <message>
            <source>Las {0} plantillas se generan sin errores con el caso de ejemplo.</source>
            <translation>The {0} templates generate without errors with the sample case.</translation>
        </message>
        <message>
            <source>Se generan de nuevo desde las plantillas del programa.</source>
            <translation>Documents are generated from the program's templates again.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Agregar usuario</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>Usuario %1</source>
            <translation>User %1</translation>
        </message>
        <message>
            <source>Nadie puede desactivar su propio usuario</source>
            <translation>Nobody can deactivate their own user</translation>
        </message>
        <message>
            <source>Guardar usuario</source>
            <translation>Save user</translation>
        </message>
        <message>
            <source>¿Guardar el cambio?</source>
            <translation>Save the change?</translation>
        </message>
        <message>
            <source>Usuario</source>
            <translation>User</translation>
        </message>
        <message>
            <source>sin espacios, p. ej. lrestrepo</source>
            <translation>no spaces, e.g. lrestrepo</translation>
        </message>
        <message>
            <source>Nombre completo</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>como debe aparecer en poderes y demandas</source>
            <translation>as it must appear on powers of attorney and lawsuits</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Correo</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>correo de notificaciones judiciales</source>
            <translation>e-mail for court notifications</translation>
        </message>
        <message>
            <source>Cédula</source>
            <translation>ID number (cédula)</translation>
        </message>
        <message>
            <source>abogados: para poderes y demandas</source>
            <translation>lawyers: for powers of attorney and lawsuits</translation>
        </message>
        <message>
            <source>Tarjeta profesional</source>
            <translation>Bar card (tarjeta profesional)</translation>
        </message>
        <message>
            <source>abogados: número de T.P. del C.S. de la J.</source>
            <translation>lawyers: bar card number (C.S. de la J.)</translation>
        </message>
        <message>
            <source>Dirección de notificaciones</source>
            <translation>Address for notices</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Contraseña inicial</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <source>vacía: la elige el usuario al ingresar por primera vez</source>
            <translation>empty: the user chooses it at first log-in</translation>
        </message>
        <message>
            <source>Activo (puede ingresar y recibir expedientes)</source>
            <translation>Active (may log in and receive cases)</translation>
        </message>
        <message>
            <source>El nombre, la cédula, la tarjeta profesional y el correo del abogado se imprimen en los poderes y las demandas que genera.</source>
            <translation>The lawyer's name, ID number, bar card and e-mail are printed on the powers of attorney and lawsuits they generate.</translation>
        </message>
    </context>
    <context>
        <name>UsersView</name>
        <message>
            <source>Agregar usuario…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <source>Editar…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Cambiar contraseña…</source>
            <translation>Change password…</translation>
        </message>
        <message>
            <source>Desbloquear</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Usuario</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Activo</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Contraseña</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Tarjeta profesional</source>
            <translation>Bar card (tarjeta profesional)</translation>
        </message>
        <message>
            <source>Correo</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Bloqueado hasta las %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <source>Sí</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Asignada</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Pendiente (primer ingreso)</source>
            <translation>Pending (first log-in)</translation>
        </message>
        <message>
            <source>Falta (poderes y demandas)</source>
            <translation>Missing (powers of attorney, lawsuits)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Solo está usted.&lt;/b&gt; Cree con «Agregar usuario…» a cada persona del equipo: abogados (con su cédula y tarjeta profesional, que salen en poderes y demandas), dependientes judiciales y cobranza. Cada uno elige su contraseña en su primer ingreso.</source>
            <translation>&lt;b&gt;You are the only user.&lt;/b&gt; Use “Add user…” for each person on the team: lawyers (with their ID and bar card number, which appear on powers of attorney and claims), paralegals and collections. Each one chooses a password at their first log-in.</translation>
        </message>
        <message>
            <source>Reactivar</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Desactivar</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Nadie puede desactivar su propio usuario</source>
            <translation>Nobody can deactivate their own user</translation>
        </message>
        <message>
            <source>Seleccione primero un usuario de la lista</source>
            <translation>Select a user in the list first</translation>
        </message>
        <message>
            <source>Cambiar contraseña</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Nueva contraseña para «%1» (mínimo %2 caracteres):</source>
            <translation>New password for “%1” (at least %2 characters):</translation>
        </message>
        <message>
            <source>Repita la contraseña:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>Las contraseñas no coinciden.</source>
            <translation>The passwords do not match.</translation>
        </message>
        <message>
            <source>La contraseña de «%1» quedó cambiada; entréguesela personalmente.</source>
            <translation>The password of “%1” was changed; hand it over in person.</translation>
        </message>
        <message>
            <source>Desactivar usuario</source>
            <translation>Deactivate user</translation>
        </message>
        <message>
            <source>¿Desactivar a «%1»? No podrá ingresar; sus expedientes, documentos y su rastro en la auditoría se conservan.</source>
            <translation>Deactivate “%1”? They will not be able to log in; their cases, documents and audit trail are kept.</translation>
        </message>
        <message>
            <source>Usuarios</source>
            <translation>Users</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Error inesperado: {0}</source>
            <translation>Unexpected error: {0}</translation>
        </message>
    </context>
</TS>
