/// Notes the demo's systematisers "type": short Spanish sentences as they are written on
/// the day, for each guiding question (1 good practices, 2 barriers and gaps, 3 innovation
/// for better services) and each analysis dimension. Written for workshop; no real session.
enum DemoNotes {
    static let bank: [Int: [String: [String]]] = [
        1: [
            "structures": [
                "Mesas de trabajo entre servicios con acuerdos firmados y metas compartidas",
                "Comité de innovación con respaldo formal de la jefatura del servicio",
                "Convenios de colaboración con universidades para pilotear soluciones",
                "Reglamento interno que permite probar pilotos acotados sin sumario",
                "Se creo una unidad de innovacion con presupuesto propio",
                "Acuerdo entre ministerios para compartir datos sin pedir papeles al ciudadano",
            ],
            "capacities": [
                "Capacitación continua en diseño de servicios para equipos de atención",
                "Red de funcionarios que se apoyan entre instituciones y comparten aprendizajes",
                "Equipos operativos muy comprometidos con mejorar la atención",
                "Formación en metodologías ágiles para jefaturas intermedias",
                "Transferencia de conocimientos entre servicios que ya pilotearon",
                "Uso de herramientas colaborativas en la nube para trabajar en equipo",
            ],
            "methods": [
                "Co-diseño con usuarios antes de lanzar un nuevo trámite",
                "Prototipos rápidos y pruebas con personas reales",
                "Mapas de viaje del usuario para encontrar los puntos de dolor",
                "Laboratorios de experimentación con ciclos cortos de dos semanas",
                "Sistematizar y documentar cada piloto para que otros lo repliquen",
                "Entrevistas en terreno a los funcionarios de ventanilla",
            ],
            "interactions": [
                "Lenguaje claro en cartas y formularios que recibe la ciudadanía",
                "Atención en terreno en localidades rurales con oficinas móviles",
                "Encuestas de satisfacción al salir de la atención, con respuesta visible",
                "Canales digitales que evitan viajes y filas",
                "Consejos de usuarios que revisan los cambios antes de implementarlos",
                "Información de los trámites en lenguas de pueblos originarios",
            ],
        ],
        2: [
            "structures": [
                "Marco normativo rígido que castiga el error y desincentiva experimentar",
                "Falta de presupuesto estable para sostener las iniciativas en el tiempo",
                "Contraloría interpreta la norma de forma restrictiva, da miedo innovar",
                "Procesos de compra muy lentos para contratar pilotos",
                "No hay incentivos ni reconocimiento formal para quien innova",
                "Cambios de autoridad cortan los proyectos a medio camino",
            ],
            "capacities": [
                "Las jefaturas no siempre entienden el valor de innovar",
                "Falta tiempo: la carga operativa diaria no deja espacio para mejorar",
                "Pocas personas capacitadas en análisis de datos",
                "Equipos pequeños y sobrecargados en regiones",
                "Rotación de personal: se pierde lo aprendido cuando alguien se va",
                "Tecnología obsoleta y sistemas que no conversan entre sí",
            ],
            "methods": [
                "Se innova sin medir resultados, no sabemos si funcionó",
                "Metodologías conocidas solo por el equipo de innovación, no se transversalizan",
                "Pilotos que nunca escalan porque no hay plan de implementación",
                "Falta documentar: cada servicio reinventa la rueda",
                "Resistencia al cambio en áreas normativas y administrativas",
                "Los procesos se diseñan desde la norma y no desde el usuario",
            ],
            "interactions": [
                "La ciudadanía desconfía y no participa en las consultas",
                "Brecha digital: adultos mayores quedan fuera de los canales en línea",
                "Se pide al usuario documentos que el Estado ya tiene",
                "No se devuelve información a quienes participaron en los talleres",
                "Lenguaje técnico en la atención que las personas no entienden",
                "Pocas instancias para escuchar a usuarios de regiones",
            ],
        ],
        3: [
            "structures": [
                "Actualizar la normativa para que incorpore la innovación y permita pilotos",
                "Entornos seguros para experimentar, con reglas claras sobre el error",
                "Fondos concursables internos para proyectos de mejora",
                "Incluir metas de innovación en los convenios de desempeño",
                "Gobernanza de datos interinstitucional para trámites sin papeles",
                "Sensibilizar a fiscalizadores y abogados sobre innovación pública",
            ],
            "capacities": [
                "Fortalecer capacidades de innovación en las capas directivas",
                "Programa permanente de capacitación con certificación",
                "Comunidades de práctica entre regiones para compartir experiencias",
                "Reservar horas protegidas al mes para proyectos de mejora",
                "Formar facilitadores internos en cada servicio",
                "Incorporar analítica de datos para decidir con evidencia",
            ],
            "methods": [
                "Difundir de forma más intensiva los métodos de co-creación",
                "Banco de buenas prácticas accesible a todos los servicios",
                "Medir impacto de los pilotos con indicadores simples",
                "Escalar lo que funciona con un plan de implementación desde el inicio",
                "Usar prototipos baratos antes de licitar grandes sistemas",
                "Retroalimentación entre pares para mejorar las propuestas",
            ],
            "interactions": [
                "Lenguaje claro como herramienta transversal para ganar confianza",
                "Diseñar los servicios con las personas usuarias desde el principio",
                "Ventanilla única entre instituciones para no repetir trámites",
                "Avisos proactivos: el Estado le escribe al usuario antes de que venza algo",
                "Atención omnicanal con acompañamiento para quienes no usan internet",
                "Publicar qué cambió gracias a la opinión de la ciudadanía",
            ],
        ],
    ]
}
