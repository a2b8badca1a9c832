extension ConceptThesaurus {
    /// Weight of the concepts that name actors (citizens, staff) rather than topics.
    static let actorWeight = 0.5

    /// Vocabulary of Chilean and Spanish public-sector innovation work, grouped in concepts.
    ///
    /// Written from domain knowledge (how public servants name budgets, rules, bosses,
    /// citizens, paperwork...), not from the benchmark corpus. A term belongs to one concept;
    /// where a word is ambiguous, a longer phrase claims it first ("recursos humanos" is staff,
    /// "recursos" alone is money; "herramientas digitales" is technology).
    public static let spanishPublicSector = ConceptThesaurus(concepts: spanishConcepts)

    static let spanishConcepts: [Concept] = [
        Concept(
            id: "presupuesto", label: "presupuesto y financiamiento",
            terms: [
                "presupuesto", "presupuestos", "presupuestario", "presupuestaria", "recursos", "recursos financieros",
                "recursos económicos", "recursos monetarios", "financiamiento", "financiación", "financiar",
                "fondos", "fondo", "fondos concursables", "plata", "platas", "dinero", "lucas", "costo", "costos",
                "glosa presupuestaria", "ley de presupuestos", "dipres", "inversión", "gasto", "asignación presupuestaria",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "presupuestal", "presupuestarios", "presupuestarias", "recorte", "recortes", "partida presupuestaria",
                "financiero", "financiera", "financieros", "financieras", "monto", "montos", "aporte", "aportes", "gastos",
                "fondos públicos", "costoso", "caro",
                "presupuestado", "presupuestar", "financiada", "financiados", "financiamientos", "recurso",
            ]),
        Concept(
            id: "capacitacion", label: "capacitación y formación",
            terms: [
                "capacitación", "capacitaciones", "capacitar", "capacitarse", "capacitados", "formación", "entrenamiento",
                "entrenar", "curso", "cursos", "diplomado", "diplomados",
                "perfeccionamiento", "aprendizaje continuo", "actualización de conocimientos", "instrucción",
                "programa de formación", "mentoría", "mentorías", "inducción", "talleres de formación",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "capacitadores", "formativo", "formativa", "formativos", "programa formativo", "formación continua", "magíster",
                "talleres de capacitación", "instancias de formación", "cursos en línea", "certificación de competencias",
                "reentrenamiento", "enseñar",
                "capacitarnos", "capacitando", "capacitador", "formaciones", "entrenamientos", "entrenado", "talleres formativos",
                "perfeccionar", "especialización", "especializaciones",
            ]),
        Concept(
            id: "competencias", label: "habilidades y competencias",
            terms: [
                "habilidades", "habilidad", "competencias", "competencia", "destrezas", "capacidades", "talento",
                "talentos", "conocimientos", "saberes", "expertise", "experticia", "perfil profesional", "know how",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "capacidad instalada", "conocimiento técnico",
            ], role: .broad, related: ["capacitacion"]),
        Concept(
            id: "normativa", label: "marco normativo y legal",
            terms: [
                "normativa", "normativas", "normativo", "marco legal", "marco normativo", "marco jurídico",
                "marco regulatorio", "regulación", "regulaciones", "regulatorio", "reglamento", "reglamentos",
                "reglamentación", "ley", "leyes", "legislación", "legal", "legales", "norma", "normas", "jurídico",
                "jurídica", "decreto", "decretos", "estatuto administrativo", "circular", "circulares", "dictamen",
                "dictámenes", "ordenanza", "rigidez normativa",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "ley orgánica", "reglamentario", "reglamentaria", "reglas", "regla", "jurídicos", "jurídicas", "legislativo",
                "legislativa", "vacíos legales", "vacío legal", "área jurídica", "áreas jurídicas", "principio de legalidad",
                "legalidad", "constitución", "normativos",
                "normado", "legislar", "reglamentar", "regulada", "regulado", "regulados",
            ]),
        Concept(
            id: "control", label: "control y fiscalización punitiva",
            terms: [
                "contraloría", "cgr", "auditoría", "auditorías", "sumario", "sumarios", "sumario administrativo",
                "investigación sumaria", "fiscalización", "fiscalizar", "control", "controles", "sanción",
                "sanciones", "castigo", "castigar", "punitivo", "punitiva", "responsabilidad administrativa",
                "toma de razón",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "contralor", "contraloría general", "auditor", "auditores", "sumariado", "sumariados", "sumariar", "castigos",
                "punitivos", "punitivas", "sancionar", "fiscalizador", "fiscalizadores", "persecución",
                "controlar", "controlado", "fiscalizado", "fiscalizados", "auditar", "auditado", "sancionado", "sancionados",
                "castigado", "castigados",
            ], related: ["riesgo"]),
        Concept(
            id: "riesgo", label: "miedo al error y aversión al riesgo",
            terms: [
                "miedo", "miedos", "temor", "temores", "aversión al riesgo", "riesgo", "riesgos", "arriesgar",
                "error", "errores", "equivocarse", "equivocación", "fracaso", "fracasos", "fracasar", "falla",
                "fallar", "tolerancia al error", "entornos seguros", "entorno seguro", "espacio seguro",
                "espacios seguros",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "temer", "equivocaciones", "fallas", "arriesgarse", "riesgoso", "asumir riesgos", "miedo al error",
                "cometer errores", "seguridad psicológica", "derecho a equivocarse", "fallar rápido", "susto",
                "temeroso", "temerosos", "equivocarnos", "fracasado", "errar", "falló", "arriesgado", "arriesgada", "riesgosa",
                "asustados", "asustado",
            ]),
        Concept(
            id: "liderazgo", label: "jefaturas y liderazgo",
            terms: [
                "jefaturas", "jefatura", "jefes", "jefe", "jefas", "jefa", "directivos", "directivo", "directivas",
                "autoridades", "autoridad", "liderazgo", "liderazgos", "líderes", "líder", "alta dirección",
                "directores", "director", "directora", "mandos medios", "gerencia", "gerentes", "superiores",
                "jefe de servicio", "subsecretario", "ministro", "seremi", "capas directivas",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "liderar", "jefe directo", "jefes directos", "alta gerencia", "mandos", "patrocinio", "sponsor", "ministra",
                "ministros", "subsecretaria", "subsecretarios", "alcalde", "alcaldesa", "jefe de división", "jefes de división",
                "jefa de servicio", "jefaturas superiores",
                "liderado", "lideran", "superior", "gerente", "conducción", "apoyo directivo", "respaldo directivo",
                "compromiso directivo",
            ]),
        Concept(
            id: "ciudadania", label: "ciudadanía y personas usuarias",
            terms: [
                "ciudadanía", "ciudadanos", "ciudadano", "ciudadanas", "usuarios", "usuario", "usuarias", "usuaria",
                "personas usuarias", "beneficiarios", "beneficiarias", "beneficiario", "comunidad", "comunidades",
                "vecinos", "vecinas", "población", "contribuyentes", "personas", "gente", "clientes", "pacientes",
                "destinatarios",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "habitantes", "familias", "público objetivo", "ciudadanas y ciudadanos",
            ], weight: actorWeight, role: .actor),
        Concept(
            id: "funcionarios", label: "funcionarios y personal",
            terms: [
                "funcionarios", "funcionarias", "funcionario", "funcionaria", "funcionariado", "servidores públicos",
                "servidor público", "personal", "recursos humanos", "dotación", "personas funcionarias",
                "profesionales", "honorarios",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "trabajadores", "trabajadoras", "colaboradores", "estamentos", "servidoras públicas", "equipo humano",
                "capital humano",
            ], weight: actorWeight, role: .actor),
        Concept(
            id: "multidisciplina", label: "equipos multidisciplinarios",
            terms: [
                "multidisciplinario", "multidisciplinarios", "multidisciplinaria", "interdisciplinario",
                "interdisciplinarios", "transdisciplinario", "equipos diversos", "diversidad de perfiles", "perfiles",
                "diversidad", "homogéneos", "disciplinas", "distintas profesiones", "profesiones",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "perfiles distintos", "distintos perfiles", "mezcla de perfiles", "miradas distintas", "distintas miradas",
                "diversas miradas", "multidisciplina", "interdisciplina", "especialidades",
                "multidisciplinarias", "interdisciplinarias", "diversos perfiles",
            ]),
        Concept(
            id: "burocracia", label: "burocracia y trámites",
            terms: [
                "burocracia", "burocrático", "burocrática", "burocráticos", "trámites", "trámite", "papeleo",
                "tramitación", "tramitología", "procedimientos engorrosos", "firmas", "visación", "visaciones",
                "timbres", "oficios", "memos", "memorándum", "procesos administrativos",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "burocráticas", "burocratizado", "requisitos", "aprobaciones", "procedimientos", "procedimiento", "pasos",
                "jerarquía", "jerárquico", "jerárquica", "oficio", "memo", "exceso de trámites",
                "burocratizar", "tramitar", "lentitud administrativa", "exceso de requisitos", "timbre", "visar",
                "visado", "permisos", "autorizaciones", "autorización",
            ]),
        Concept(
            id: "simplificacion", label: "simplificación de procesos",
            terms: [
                "simplificar", "simplificación", "simplificado", "ventanilla única",
                "eliminar trámites", "reducir trámites", "agilizar", "agilización", "optimizar procesos",
                "rediseño de procesos", "rediseñar procesos",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "simplificados", "menos pasos", "reducir pasos", "facilitar trámites",
            ]),
        Concept(
            id: "tiempo", label: "tiempo y carga laboral",
            terms: [
                "tiempo", "tiempos", "carga laboral", "carga de trabajo", "sobrecarga", "sobrecargados", "agobio",
                "urgencias", "urgente", "contingencia", "día a día", "apagar incendios", "plazos",
                "tiempo protegido", "tiempos protegidos", "horas", "horario", "jornada", "tiempo disponible",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "falta de tiempo", "sobrecargado", "recargados", "saturados", "saturación", "operación diaria", "urgencia",
                "pega diaria", "dedicación", "encima de la pega", "fuera del horario", "multitarea",
                "ocupados", "sin tiempo", "carga administrativa", "dedicar", "disponibilidad",
            ]),
        Concept(
            id: "esperas", label: "tiempos de espera y demoras",
            terms: [
                "tiempos de espera", "tiempo de espera", "listas de espera", "filas", "fila", "demoras", "demora",
                "atrasos", "lentitud", "colas", "horas de espera",
            ]),
        Concept(
            id: "coordinacion", label: "coordinación y trabajo entre servicios",
            terms: [
                "silos", "silo", "coordinación", "coordinar", "intersectorial", "intersectorialidad",
                "interinstitucional", "articulación", "articular", "trabajo en red", "trabajo conjunto",
                "colaboración", "colaborar", "colaborativo", "fragmentación", "desarticulación", "duplicidad",
                "duplicidad de esfuerzos", "isla", "islas",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "descoordinación", "descoordinados", "trabajo colaborativo", "trabajar en red", "compartimentos estancos",
                "feudos", "chacras", "chacritas", "mesas intersectoriales", "coordinadamente", "trabajo interinstitucional",
                "no conversan", "no se coordinan", "no colaboran", "no trabajan juntos",
                "coordinada", "coordinados", "colaborativa", "colaborativamente", "articulado", "articulados",
                "trabajo en conjunto", "desconectados",
            ]),
        Concept(
            id: "interoperabilidad", label: "interoperabilidad y datos compartidos",
            terms: [
                "interoperabilidad", "interoperar", "compartir datos", "datos compartidos", "integración de sistemas",
                "sistemas integrados", "ficha única", "registro único",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "interoperables", "interoperable", "integrar sistemas", "intercambio de datos", "intercambio de información",
                "información compartida", "conectar sistemas", "sistemas conectados", "bases de datos", "base de datos",
                "planillas", "planillas excel", "información dispersa", "datos dispersos",
                "integrados", "integración de datos", "integrar datos", "sistemas no conversan", "sistemas que no conversan",
                "datos no conversan", "bases de datos que no conversan",
            ]),
        Concept(
            id: "resistencia", label: "resistencia al cambio",
            terms: [
                "resistencia al cambio", "resistencia", "resistencias", "resistirse", "resisten", "reticencia",
                "zona de confort", "inercia", "rechazo al cambio", "rechazo", "apertura al cambio", "conservadurismo",
                "siempre se ha hecho así",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "resistente", "resistentes", "reticentes", "reacios", "reacio", "mentalidad cerrada", "mente cerrada",
                "cerrados al cambio", "miedo al cambio", "temor al cambio", "aceptar el cambio", "aceptación del cambio",
                "gestión del cambio", "acomodados", "statu quo", "status quo", "costumbre", "costumbres", "aversión al cambio",

                "resistir", "se resisten", "cerrados", "rechazan", "rechazar", "inmovilismo", "conformismo", "miedo a lo nuevo",
                "temor a lo nuevo", "adaptarse al cambio", "adaptación al cambio",
            ]),
        Concept(
            id: "cultura", label: "cultura organizacional",
            terms: [
                "cultura organizacional", "cultura", "culturas", "clima laboral", "clima organizacional", "valores",
                "mentalidad",
            ], role: .broad, related: ["resistencia"]),
        Concept(
            id: "incentivos", label: "incentivos y reconocimiento",
            terms: [
                "incentivos", "incentivo", "incentivar", "reconocimiento", "reconocer", "premios", "premio",
                "premiar", "bonos", "bono", "estímulos", "estímulo", "motivación", "motivar", "valoración",
                "carrera funcionaria", "desmotivación", "desmotivados", "evaluación de desempeño",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "reconocimientos", "valorar", "premiación", "concurso", "concursos", "ascenso", "ascensos",
                "desarrollo de carrera", "calificaciones", "motivados", "desmotivado", "estimular", "recompensa", "recompensas",
                "incentivados", "premiados", "reconocido", "reconocida", "reconocidos", "reconoce", "motivado", "motivada",
                "motivadas", "motivante", "desmotivante", "desincentivo", "desincentivos",
            ]),
        Concept(
            id: "experimentacion", label: "experimentación y pilotos",
            terms: [
                "experimentación", "experimentar", "experimento", "experimentos", "pilotos", "piloto", "pilotaje",
                "pilotear", "prototipos", "prototipo", "prototipado", "prototipar", "probar", "prueba", "pruebas",
                "testeo", "testear", "iterar", "iteración", "ensayo y error",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "prototipos rápidos", "testeos", "validar", "validación", "ensayo", "ensayos", "probar soluciones",
                "pruebas piloto", "experimental", "experimentales", "sandbox", "banco de pruebas",
                "experimentando", "prototipando", "probando", "piloteado", "ensayar", "iterativo", "iterando",
            ]),
        Concept(
            id: "datos", label: "datos y evidencia",
            terms: [
                "datos", "dato", "evidencia", "evidencias", "estadísticas", "análisis de datos", "basado en evidencia",
                "big data", "ciencia de datos", "analítica",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).

            ], role: .broad),
        Concept(
            id: "medicion", label: "medición y evaluación de resultados",
            terms: [
                "medición", "mediciones", "medir", "indicadores", "indicador", "evaluación", "evaluaciones", "evaluar",
                "impacto", "impactos", "métricas", "métrica", "seguimiento", "monitoreo", "monitorear", "resultados",
                "kpi", "metas", "línea base",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "indicadores de impacto", "cumplimiento de metas", "línea de base", "tablero de control", "dashboard",
                "resultado",
                "medido", "medidos", "evaluado", "evaluados", "evaluando", "cumplimiento", "trazabilidad", "efectividad",
                "eficacia",
            ]),
        Concept(
            id: "digitalizacion", label: "digitalización y trámites en línea",
            terms: [
                "digital", "digitales", "digitalización", "digitalizar", "transformación digital", "electrónico",
                "electrónica", "firma electrónica",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "cero papel", "sin papel", "papel cero", "digitalizados", "digitalizado", "electrónicos", "electrónicas",
                "notificaciones electrónicas", "firma digital", "documentos electrónicos", "trámites digitales",
                "gobierno digital", "online",
                "plataforma única",
                "digitalizando", "digitalizadas", "electrónicamente", "virtual", "virtuales", "remoto", "remota", "telemático",
                "telemática",
            ],
            related: ["tecnologia"]),
        Concept(
            id: "tecnologia", label: "tecnología",
            terms: [
                "tecnología", "tecnologías", "tecnológico", "tecnológica", "tecnológicos", "plataforma", "plataformas",
                "sistema", "sistemas", "software", "informático", "informática", "aplicación", "aplicaciones", "app",
                "apps", "internet", "computadores", "computador", "herramientas digitales", "recursos tecnológicos",
                "nube",
                "tecnológicas", "informáticos", "computación", "computacional", "equipos tecnológicos",
                "herramientas tecnológicas", "soluciones tecnológicas", "sistemas informáticos",
            ],
            role: .broad),
        Concept(
            id: "automatizacion", label: "automatización e inteligencia artificial",
            terms: [
                "inteligencia artificial", "automatización", "automatizar", "automatizado", "automatizados", "chatbot",
                "chatbots", "bot", "bots", "asistente virtual", "asistentes virtuales", "robot", "robots",
                "aprendizaje automático", "machine learning",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "rpa", "algoritmos", "algoritmo", "automático", "automática", "automáticamente", "tareas repetitivas",
                "asistente digital", "ia generativa", "chatgpt",
                "automatice", "automáticos", "automatizadas", "procesamiento automático", "asistentes inteligentes",
            ]),
        Concept(
            id: "lenguaje", label: "lenguaje claro",
            terms: [
                "lenguaje claro", "lenguaje", "lenguaje sencillo", "lenguaje simple", "comunicación clara",
                "tecnicismos", "jerga", "lenguaje técnico", "redacción", "comprensible", "entendible", "claridad",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "lenguaje ciudadano", "incomprensible", "incomprensibles", "entendibles", "comprensibles", "redacción clara",
                "escribir claro", "tecnicismo", "letra chica", "legible", "lectura fácil",
                "no se entiende", "no entienden", "no entiende", "no comprenden", "no se comprende",
                "lenguajes", "legibles", "sencillez", "lenguaje cercano", "escribir simple", "escribir sencillo",
            ]),
        Concept(
            id: "participacion", label: "participación, co-diseño y foco en las personas",
            terms: [
                "participación", "participativo", "participativa", "participar", "cocreación", "cocrear",
                "co-diseño", "codiseño", "codiseñar", "involucrar", "involucramiento", "consulta ciudadana",
                "consultas ciudadanas", "diálogo ciudadano", "partícipes", "empatía", "empático",
                "centrado en las personas", "centrado en el usuario", "centrados en las personas", "foco en el usuario",
                "foco en las personas", "enfoque ciudadano", "orientación al usuario", "mirada del usuario",
                "experiencia usuaria", "experiencia de usuario",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "co-crear", "co-diseñar", "cocreando", "diseño participativo", "involucrarlos", "consejos ciudadanos",
                "consejo de la sociedad civil", "cosoc", "participativos", "participativas", "diseñar con las personas",
                "diseño con usuarios",
                "participen", "participe", "involucren", "involucrados", "cocreadas", "cocreado", "codiseñado", "coconstruir",
                "co-construcción",
            ]),
        Concept(
            id: "retroalimentacion", label: "retroalimentación y escucha",
            terms: [
                "retroalimentación", "feedback", "encuestas", "encuesta", "reclamos", "reclamo", "sugerencias",
                "opinión", "opiniones", "satisfacción", "voz del usuario", "escuchar", "escucha", "percepción",
                "focus group", "grupos focales",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "escuchen", "escuche", "escuchando", "encuestar", "opinan", "opinar", "satisfechos", "insatisfacción", "quejas",
                "queja", "escucha activa", "experiencia de servicio",
                "retroalimentar", "retroalimentaciones", "escucharlos", "comentarios",
            ]),
        Concept(
            id: "confianza", label: "confianza y transparencia",
            terms: [
                "confianza", "credibilidad", "legitimidad", "desconfianza", "transparencia", "transparentar",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "corrupción", "probidad", "descrédito",
                "no cree", "no creen",
                "confiable", "confiables", "desconfiado", "desconfiados", "transparente", "transparentes",
            ]),
        Concept(
            id: "territorio", label: "presencia territorial y cercanía",
            terms: [
                "territorio", "territorios", "territorial", "territoriales", "terreno", "regiones", "regional",
                "comunas", "comuna", "presencial", "cercanía", "cercano", "oficinas móviles", "oficina móvil",
                "rural", "rurales", "localidades", "municipios", "municipalidades",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "zonas rurales", "zonas extremas", "localidades aisladas", "descentralización", "descentralizada", "provincias",
                "en terreno", "gobierno en terreno", "localidad",
                "territorialmente", "regionales", "región", "comunal", "comunales", "municipal", "municipales", "descentralizado",
            ]),
        Concept(
            id: "diseno_servicios", label: "diseño de servicios",
            terms: [
                "design thinking", "diseño de servicios", "pensamiento de diseño", "doble diamante", "canvas", "lean",
                "journey map", "mapa de viaje",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "herramientas de diseño", "customer journey", "blueprint", "diseño centrado en el usuario",
                "investigación con usuarios", "user research",
                "diseño de servicio", "user experience", "ux", "mapas de viaje",
            ],
            related: ["metodologias"]),
        Concept(
            id: "metodologias", label: "metodologías y herramientas de innovación",
            terms: [
                "metodologías", "metodología", "métodos", "método", "herramientas", "herramienta",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "caja de herramientas", "toolkit", "metodológico", "metodológica",
            ],
            role: .broad),
        Concept(
            id: "agil", label: "metodologías ágiles",
            terms: [
                "ágil", "ágiles", "agilidad", "scrum", "sprint", "sprints", "kanban", "gestión ágil",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "agile", "daily", "retrospectiva", "retrospectivas", "backlog", "entregas frecuentes", "historias de usuario",
                "product owner",
                "ágilmente",
            ]),
        Concept(
            id: "difusion", label: "difusión y comunicación",
            terms: [
                "difusión", "difundir", "comunicación interna", "comunicar", "comunicación", "socializar",
                "divulgación", "divulgar", "visibilizar", "dar a conocer", "boletín", "newsletter", "campañas", "charlas",
                "seminarios", "webinars",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "comunicaciones internas", "comunicar resultados", "visibilidad", "dar visibilidad", "boletines",
                "boletín interno", "intranet", "socialización",
                "difundido", "difundidos", "difunde", "comunicado", "comunicados", "comunicacional", "publicar", "publicación",
                "publicaciones", "redes sociales",
            ]),
        Concept(
            id: "conocimiento", label: "gestión y transferencia de conocimiento",
            terms: [
                "transferencia de conocimientos", "transferencia de conocimiento", "gestión del conocimiento",
                "compartir experiencias", "intercambio de experiencias", "buenas prácticas", "aprendizajes",
                "lecciones aprendidas", "replicar", "replicabilidad", "escalar", "escalamiento", "sistematizar",
                "sistematización", "documentar", "repositorio", "banco de prácticas", "banco de proyectos",
                "pasantías", "pasantía", "reinventar la rueda", "aprendizaje organizacional",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "compartir", "compartir conocimiento", "intercambiar experiencias", "experiencias exitosas", "replicables",
                "replicación", "memoria institucional", "gestión de conocimiento",
                "documentación",
                "sistematizado", "documentado", "documentados", "transferir", "replicado", "escalado",
            ]),
        Concept(
            id: "redes", label: "redes y comunidades de práctica",
            terms: [
                "red de innovadores", "redes", "red", "comunidad de práctica", "comunidades de práctica",
                "encuentros", "networking", "pares",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "redes de innovación", "innovadores públicos", "comunidad de innovadores", "comunidades de innovación",
                "entre pares", "redes de apoyo",
            ]),
        Concept(
            id: "compras", label: "compras públicas",
            terms: [
                "compras públicas", "compra pública", "mercado público", "licitación", "licitaciones", "licitar",
                "chilecompra", "convenio marco", "proveedores", "proveedor", "adquisiciones", "trato directo",
                "compra innovadora", "compras innovadoras",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "compras", "compra", "comprar", "contratación pública", "abastecimiento", "ley de compras",
                "comprando", "comprado", "licitado", "licitada", "compradores", "orden de compra",
            ]),
        Concept(
            id: "continuidad", label: "continuidad de equipos y proyectos",
            terms: [
                "rotación", "rotación de personal", "renuncias", "fuga de talentos", "alta rotación",
                "desvinculación", "inestabilidad laboral", "cambio de gobierno", "cambios de gobierno",
                "ciclo político", "ciclos políticos", "voluntad política", "prioridades políticas", "agenda política",
                "gobierno de turno", "periodo presidencial", "cambio de autoridades", "continuidad", "discontinuidad",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "cambio de prioridades", "cambios de prioridades", "cambio de administración", "cambio de autoridad",
                "rotación de jefaturas", "sostenibilidad", "fuga de talento", "retener talento", "retención",
                "retención de talento", "renuncia", "deserción", "estabilidad laboral", "autoridad de turno",
                "administración de turno",
                "rotan", "rotar", "renuncian", "fuga", "fugas", "desvinculaciones", "despidos", "despido", "gobiernos de turno",
                "sostenible", "sostener", "perdurar", "interrupción",
            ]),
        Concept(
            id: "inclusion", label: "inclusión y accesibilidad",
            terms: [
                "accesibilidad", "accesible", "inclusión", "inclusivo", "inclusiva", "discapacidad", "adultos mayores",
                "personas mayores", "pueblos originarios", "pueblos indígenas", "interculturalidad",
                "migrantes", "enfoque de género", "equidad", "vulnerables",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "traducción", "traducir", "traducida", "traducido", "migrante", "discapacidades", "personas con discapacidad",
                "género", "braille", "sordos", "ciegos", "neurodivergentes",
                "inclusivos", "accesibles", "indígenas", "extranjeros", "idioma", "idiomas", "tercera edad", "adulto mayor",
            ]),
        Concept(
            id: "brecha_digital", label: "brecha digital",
            terms: [
                "brecha digital", "alfabetización digital", "analfabetismo digital", "conectividad",
                "habilidades digitales", "competencias digitales", "no saben usar", "sin internet",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "clave única", "claveúnica", "acceso a internet", "alfabetizar", "analfabetos digitales", "exclusión digital",
                "inclusión digital", "manejo digital", "habilidad digital",
                "no tienen internet", "no usan internet", "sin conectividad", "sin acceso a internet", "sin saber usar",
                "acceso digital", "nativos digitales",
            ]),
        Concept(
            id: "estrategia", label: "estrategia e institucionalidad de innovación",
            terms: [
                "estrategia", "estrategias", "estrategia de innovación", "política de innovación", "gobernanza",
                "hoja de ruta", "planificación estratégica", "institucionalidad", "unidad de innovación",
                "área de innovación", "equipo de innovación", "laboratorio de innovación", "prioridad institucional",
                "planificación", "lineamientos", "organigrama",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "área encargada", "encargado de innovación", "encargada de innovación", "plan de innovación",
                "institucionalizar la innovación", "institucionalización", "unidades de innovación", "áreas de innovación",
                "equipos de innovación", "laboratorios de innovación",
                "estratégico", "estratégica", "área dedicada", "dirección de innovación", "departamento de innovación",
                "coordinador de innovación",
            ]),
        Concept(
            id: "alianzas", label: "alianzas con academia, privados y sociedad civil",
            terms: [
                "alianzas", "alianza", "academia", "universidades", "universidad", "sector privado", "privados",
                "sociedad civil", "ong", "ongs", "startups", "emprendedores", "empresas", "público privada",
                "convenios", "cooperación internacional",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "centros de investigación", "centro de investigación", "centros de estudio", "colaboración público privada",
                "privado", "cooperación", "convenio", "sector académico", "investigadores", "mundo privado",
                "aliados", "aliarse", "empresa", "organizaciones de la sociedad civil", "tercer sector", "socios estratégicos",
            ]),
        Concept(
            id: "canales", label: "canales de atención",
            terms: [
                "atención", "atención ciudadana", "atención al usuario", "atención de público", "call center",
                "mesa de ayuda", "canales de atención", "canales", "canal", "ventanilla", "omnicanal", "sucursal",
                "sucursales", "oficinas", "oficina de partes", "autoatención", "whatsapp", "chat", "teléfono",
            ], role: .broad),
        Concept(
            id: "autonomia", label: "autonomía y flexibilidad",
            terms: [
                "autonomía", "flexibilidad", "flexible", "flexibles", "rigidez", "rígido", "rígida", "rígidos",
                "margen de maniobra", "libertad", "discrecionalidad", "empoderamiento", "empoderar", "delegar",
                "autónomos", "autónomo", "autónoma", "empoderados",
            ], role: .broad),
        Concept(
            id: "bienestar", label: "bienestar y salud laboral",
            terms: [
                "bienestar", "salud mental", "estrés", "burnout", "desgaste", "cansancio", "agotamiento",
                // Added with the second pass (domain vocabulary, see docs/TEXT-ANALYSIS.md).
                "agotados", "salud laboral", "estresados", "desgastados",
                "agotamiento laboral",
                "estresante", "agobiados", "autocuidado", "quemados",
            ]),

        Concept(
            id: "gremios", label: "gremios y asociaciones de funcionarios",
            terms: [
                "gremios", "gremio", "gremial", "gremiales", "sindicato", "sindicatos", "sindical", "anef",
                "dirigentes sindicales", "dirigentes gremiales",
            ]),
        Concept(
            id: "espacios", label: "espacios físicos de trabajo",
            terms: [
                "espacios físicos", "espacio físico", "infraestructura", "salas", "sala",
                "mobiliario", "lugar físico", "espacios de trabajo", "espacio de trabajo",
            ]),
        Concept(
            id: "equipamiento", label: "equipamiento y herramientas de trabajo",
            terms: [
                "equipamiento", "equipos computacionales", "hardware", "notebooks", "implementos", "insumos",
                "licencias de software",
            ]),
        Concept(
            id: "devolucion", label: "devolución de resultados a quienes participan",
            terms: [
                "devolución", "devolver", "devuelvan", "devolución de resultados", "resultados del taller",
                "informe del taller", "retorno a los participantes",
            ]),
    ]
}
