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
            ]),
        Concept(
            id: "capacitacion", label: "capacitación y formación",
            terms: [
                "capacitación", "capacitaciones", "capacitar", "capacitarse", "capacitados", "formación", "entrenamiento",
                "entrenar", "curso", "cursos", "diplomado", "diplomados",
                "perfeccionamiento", "aprendizaje continuo", "actualización de conocimientos", "instrucción",
                "programa de formación", "mentoría", "mentorías", "inducción", "talleres de formación",
            ]),
        Concept(
            id: "competencias", label: "habilidades y competencias",
            terms: [
                "habilidades", "habilidad", "competencias", "competencia", "destrezas", "capacidades", "talento",
                "talentos", "conocimientos", "saberes", "expertise", "experticia", "perfil profesional", "know how",
            ]),
        Concept(
            id: "normativa", label: "marco normativo y legal",
            terms: [
                "normativa", "normativas", "normativo", "marco legal", "marco normativo", "marco jurídico",
                "marco regulatorio", "regulación", "regulaciones", "regulatorio", "reglamento", "reglamentos",
                "reglamentación", "ley", "leyes", "legislación", "legal", "legales", "norma", "normas", "jurídico",
                "jurídica", "decreto", "decretos", "estatuto administrativo", "circular", "circulares", "dictamen",
                "dictámenes", "ordenanza", "rigidez normativa",
            ]),
        Concept(
            id: "control", label: "control y fiscalización punitiva",
            terms: [
                "contraloría", "cgr", "auditoría", "auditorías", "sumario", "sumarios", "sumario administrativo",
                "investigación sumaria", "fiscalización", "fiscalizar", "control", "controles", "sanción",
                "sanciones", "castigo", "castigar", "punitivo", "punitiva", "responsabilidad administrativa",
                "toma de razón",
            ]),
        Concept(
            id: "riesgo", label: "miedo al error y aversión al riesgo",
            terms: [
                "miedo", "miedos", "temor", "temores", "aversión al riesgo", "riesgo", "riesgos", "arriesgar",
                "error", "errores", "equivocarse", "equivocación", "fracaso", "fracasos", "fracasar", "falla",
                "fallar", "tolerancia al error", "entornos seguros", "entorno seguro", "espacio seguro",
                "espacios seguros",
            ]),
        Concept(
            id: "liderazgo", label: "jefaturas y liderazgo",
            terms: [
                "jefaturas", "jefatura", "jefes", "jefe", "jefas", "jefa", "directivos", "directivo", "directivas",
                "autoridades", "autoridad", "liderazgo", "liderazgos", "líderes", "líder", "alta dirección",
                "directores", "director", "directora", "mandos medios", "gerencia", "gerentes", "superiores",
                "jefe de servicio", "subsecretario", "ministro", "seremi", "capas directivas",
            ]),
        Concept(
            id: "ciudadania", label: "ciudadanía y personas usuarias",
            terms: [
                "ciudadanía", "ciudadanos", "ciudadano", "ciudadanas", "usuarios", "usuario", "usuarias", "usuaria",
                "personas usuarias", "beneficiarios", "beneficiarias", "beneficiario", "comunidad", "comunidades",
                "vecinos", "vecinas", "población", "contribuyentes", "personas", "gente", "clientes", "pacientes",
                "destinatarios",
            ], weight: actorWeight),
        Concept(
            id: "funcionarios", label: "funcionarios y personal",
            terms: [
                "funcionarios", "funcionarias", "funcionario", "funcionaria", "funcionariado", "servidores públicos",
                "servidor público", "personal", "recursos humanos", "dotación", "personas funcionarias",
                "profesionales", "honorarios",
            ], weight: actorWeight),
        Concept(
            id: "multidisciplina", label: "equipos multidisciplinarios",
            terms: [
                "multidisciplinario", "multidisciplinarios", "multidisciplinaria", "interdisciplinario",
                "interdisciplinarios", "transdisciplinario", "equipos diversos", "diversidad de perfiles", "perfiles",
                "diversidad", "homogéneos", "disciplinas", "distintas profesiones", "profesiones",
            ]),
        Concept(
            id: "burocracia", label: "burocracia y trámites",
            terms: [
                "burocracia", "burocrático", "burocrática", "burocráticos", "trámites", "trámite", "papeleo",
                "tramitación", "tramitología", "procedimientos engorrosos", "firmas", "visación", "visaciones",
                "timbres", "oficios", "memos", "memorándum", "procesos administrativos",
            ]),
        Concept(
            id: "simplificacion", label: "simplificación de procesos",
            terms: [
                "simplificar", "simplificación", "simplificado", "cero papel", "sin papel", "ventanilla única",
                "eliminar trámites", "reducir trámites", "agilizar", "agilización", "optimizar procesos",
                "rediseño de procesos", "rediseñar procesos",
            ]),
        Concept(
            id: "tiempo", label: "tiempo y carga laboral",
            terms: [
                "tiempo", "tiempos", "carga laboral", "carga de trabajo", "sobrecarga", "sobrecargados", "agobio",
                "urgencias", "urgente", "contingencia", "día a día", "apagar incendios", "plazos",
                "tiempo protegido", "tiempos protegidos", "horas", "horario", "jornada", "tiempo disponible",
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
                "duplicidad de esfuerzos", "isla", "islas", "por su cuenta",
            ]),
        Concept(
            id: "interoperabilidad", label: "interoperabilidad y datos compartidos",
            terms: [
                "interoperabilidad", "interoperar", "compartir datos", "datos compartidos", "integración de sistemas",
                "sistemas integrados", "ficha única", "registro único",
            ]),
        Concept(
            id: "resistencia", label: "resistencia al cambio",
            terms: [
                "resistencia al cambio", "resistencia", "resistencias", "resistirse", "resisten", "reticencia",
                "zona de confort", "inercia", "rechazo al cambio", "rechazo", "apertura al cambio", "conservadurismo",
                "siempre se ha hecho así",
            ]),
        Concept(
            id: "cultura", label: "cultura organizacional",
            terms: [
                "cultura organizacional", "cultura", "culturas", "clima laboral", "clima organizacional", "valores",
                "mentalidad",
            ]),
        Concept(
            id: "incentivos", label: "incentivos y reconocimiento",
            terms: [
                "incentivos", "incentivo", "incentivar", "reconocimiento", "reconocer", "premios", "premio",
                "premiar", "bonos", "bono", "estímulos", "estímulo", "motivación", "motivar", "valoración",
                "carrera funcionaria", "desmotivación", "desmotivados", "evaluación de desempeño",
            ]),
        Concept(
            id: "experimentacion", label: "experimentación y pilotos",
            terms: [
                "experimentación", "experimentar", "experimento", "experimentos", "pilotos", "piloto", "pilotaje",
                "pilotear", "prototipos", "prototipo", "prototipado", "prototipar", "probar", "prueba", "pruebas",
                "testeo", "testear", "iterar", "iteración", "ensayo y error",
            ]),
        Concept(
            id: "datos", label: "datos y evidencia",
            terms: [
                "datos", "dato", "evidencia", "evidencias", "estadísticas", "análisis de datos", "basado en evidencia",
                "big data", "bases de datos", "ciencia de datos", "analítica",
            ]),
        Concept(
            id: "medicion", label: "medición y evaluación de resultados",
            terms: [
                "medición", "mediciones", "medir", "indicadores", "indicador", "evaluación", "evaluaciones", "evaluar",
                "impacto", "impactos", "métricas", "métrica", "seguimiento", "monitoreo", "monitorear", "resultados",
                "kpi", "metas", "línea base",
            ]),
        Concept(
            id: "tecnologia", label: "tecnología y transformación digital",
            terms: [
                "tecnología", "tecnologías", "tecnológico", "tecnológica", "tecnológicos", "digital", "digitales",
                "digitalización", "digitalizar", "transformación digital", "plataforma", "plataformas", "sistema",
                "sistemas", "software", "informático", "informática", "aplicación", "aplicaciones", "app", "apps",
                "internet", "online", "computadores", "computador", "herramientas digitales", "recursos tecnológicos",
                "nube", "electrónico", "electrónica", "firma electrónica",
            ]),
        Concept(
            id: "automatizacion", label: "automatización e inteligencia artificial",
            terms: [
                "inteligencia artificial", "automatización", "automatizar", "automatizado", "automatizados", "chatbot",
                "chatbots", "bot", "bots", "asistente virtual", "asistentes virtuales", "robot", "robots",
                "aprendizaje automático", "machine learning",
            ]),
        Concept(
            id: "lenguaje", label: "lenguaje claro",
            terms: [
                "lenguaje claro", "lenguaje", "lenguaje sencillo", "lenguaje simple", "comunicación clara",
                "tecnicismos", "jerga", "lenguaje técnico", "redacción", "comprensible", "entendible", "claridad",
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
            ]),
        Concept(
            id: "retroalimentacion", label: "retroalimentación y escucha",
            terms: [
                "retroalimentación", "feedback", "encuestas", "encuesta", "reclamos", "reclamo", "sugerencias",
                "opinión", "opiniones", "satisfacción", "voz del usuario", "escuchar", "escucha", "percepción",
                "focus group", "grupos focales",
            ]),
        Concept(
            id: "confianza", label: "confianza y transparencia",
            terms: ["confianza", "credibilidad", "legitimidad", "desconfianza", "transparencia", "transparentar"]),
        Concept(
            id: "territorio", label: "presencia territorial y cercanía",
            terms: [
                "territorio", "territorios", "territorial", "territoriales", "terreno", "regiones", "regional",
                "comunas", "comuna", "presencial", "cercanía", "cercano", "oficinas móviles", "oficina móvil",
                "rural", "rurales", "localidades", "municipios", "municipalidades",
            ]),
        Concept(
            id: "metodologias", label: "metodologías y herramientas de innovación",
            terms: [
                "metodologías", "metodología", "métodos", "método", "herramientas", "herramienta", "design thinking",
                "diseño de servicios", "pensamiento de diseño", "doble diamante", "canvas", "lean", "journey map",
                "mapa de viaje",
            ]),
        Concept(
            id: "agil", label: "metodologías ágiles",
            terms: ["ágil", "ágiles", "agilidad", "scrum", "sprint", "sprints", "kanban", "gestión ágil"]),
        Concept(
            id: "difusion", label: "difusión y comunicación",
            terms: [
                "difusión", "difundir", "comunicación interna", "comunicar", "comunicación", "socializar",
                "divulgación", "divulgar", "visibilizar", "dar a conocer", "boletín", "newsletter", "campañas", "charlas",
                "seminarios", "webinars",
            ]),
        Concept(
            id: "conocimiento", label: "gestión y transferencia de conocimiento",
            terms: [
                "transferencia de conocimientos", "transferencia de conocimiento", "gestión del conocimiento",
                "compartir experiencias", "intercambio de experiencias", "buenas prácticas", "aprendizajes",
                "lecciones aprendidas", "replicar", "replicabilidad", "escalar", "escalamiento", "sistematizar",
                "sistematización", "documentar", "documentación", "repositorio", "banco de prácticas", "banco de proyectos",
                "pasantías", "pasantía", "reinventar la rueda", "aprendizaje organizacional",
            ]),
        Concept(
            id: "redes", label: "redes y comunidades de práctica",
            terms: [
                "red de innovadores", "redes", "red", "comunidad de práctica", "comunidades de práctica",
                "encuentros", "networking", "pares",
            ]),
        Concept(
            id: "compras", label: "compras públicas",
            terms: [
                "compras públicas", "compra pública", "mercado público", "licitación", "licitaciones", "licitar",
                "chilecompra", "convenio marco", "proveedores", "proveedor", "adquisiciones", "trato directo",
                "compra innovadora", "compras innovadoras",
            ]),
        Concept(
            id: "continuidad", label: "continuidad de equipos y proyectos",
            terms: [
                "rotación", "rotación de personal", "renuncias", "fuga de talentos", "alta rotación",
                "desvinculación", "inestabilidad laboral", "cambio de gobierno", "cambios de gobierno",
                "ciclo político", "ciclos políticos", "voluntad política", "prioridades políticas", "agenda política",
                "gobierno de turno", "periodo presidencial", "cambio de autoridades", "continuidad", "discontinuidad",
            ]),
        Concept(
            id: "inclusion", label: "inclusión y accesibilidad",
            terms: [
                "accesibilidad", "accesible", "inclusión", "inclusivo", "inclusiva", "discapacidad", "adultos mayores",
                "personas mayores", "pueblos originarios", "pueblos indígenas", "interculturalidad",
                "migrantes", "enfoque de género", "equidad", "vulnerables",
            ]),
        Concept(
            id: "brecha_digital", label: "brecha digital",
            terms: [
                "brecha digital", "alfabetización digital", "analfabetismo digital", "conectividad",
                "habilidades digitales", "competencias digitales", "no saben usar", "sin internet",
            ]),
        Concept(
            id: "estrategia", label: "estrategia e institucionalidad de innovación",
            terms: [
                "estrategia", "estrategias", "estrategia de innovación", "política de innovación", "gobernanza",
                "hoja de ruta", "planificación estratégica", "institucionalidad", "unidad de innovación",
                "área de innovación", "equipo de innovación", "laboratorio de innovación", "prioridad institucional",
                "planificación", "lineamientos", "organigrama",
            ]),
        Concept(
            id: "alianzas", label: "alianzas con academia, privados y sociedad civil",
            terms: [
                "alianzas", "alianza", "academia", "universidades", "universidad", "sector privado", "privados",
                "sociedad civil", "ong", "ongs", "startups", "emprendedores", "empresas", "público privada",
                "convenios", "cooperación internacional",
            ]),
        Concept(
            id: "canales", label: "canales de atención",
            terms: [
                "atención", "atención ciudadana", "atención al usuario", "atención de público", "call center",
                "mesa de ayuda", "canales de atención", "canales", "canal", "ventanilla", "omnicanal", "sucursal",
                "sucursales", "oficinas", "oficina de partes", "autoatención", "whatsapp", "chat", "teléfono",
            ]),
        Concept(
            id: "autonomia", label: "autonomía y flexibilidad",
            terms: [
                "autonomía", "flexibilidad", "flexible", "flexibles", "rigidez", "rígido", "rígida", "rígidos",
                "margen de maniobra", "libertad", "discrecionalidad", "empoderamiento", "empoderar", "delegar",
            ]),
        Concept(
            id: "bienestar", label: "bienestar y salud laboral",
            terms: ["bienestar", "salud mental", "estrés", "burnout", "desgaste", "cansancio", "agotamiento"]),

    ]
}
