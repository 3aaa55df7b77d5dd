import type { ProgramTexts } from "./program-translations";

export const programTextsVnCo: Record<string, ProgramTexts> = {
  "XI-IATI-EC_INTPA-VN-001": {
    es: [
      "Apoyo a la ratificación del Convenio núm. 87 de la OIT en Viet Nam",
      "Apoyo jurídico y técnico para la ratificación del Convenio núm. 87 de la OIT sobre la libertad sindical, que la hoja de ruta de Viet Nam situó después del C98 (2019) y del C105 (2020).",
      "Un expediente de ratificación presentado a la Asamblea Nacional; legislación de aplicación sobre las organizaciones representativas de los trabajadores conforme al C87.",
    ],
    fr: [
      "Appui à la ratification de la convention nº 87 de l’OIT au Viet Nam",
      "Appui juridique et technique à la ratification de la convention (nº 87) de l’OIT sur la liberté syndicale, que la feuille de route du Viet Nam a placée après la C98 (2019) et la C105 (2020).",
      "Un dossier de ratification soumis à l’Assemblée nationale ; une législation d’application sur les organisations représentatives des travailleurs conforme à la C87.",
    ],
    vi: [
      "Hỗ trợ phê chuẩn Công ước số 87 của ILO tại Việt Nam",
      "Hỗ trợ pháp lý và kỹ thuật cho việc phê chuẩn Công ước số 87 của ILO về quyền tự do hiệp hội, mà lộ trình của Việt Nam xếp sau Công ước 98 (2019) và Công ước 105 (2020).",
      "Hồ sơ phê chuẩn được trình Quốc hội; văn bản hướng dẫn thi hành về tổ chức đại diện người lao động phù hợp với Công ước 87.",
    ],
  },
  "XI-IATI-EC_INTPA-VN-002": {
    es: [
      "Comercio para el Trabajo Decente: aplicación del Código del Trabajo en Viet Nam",
      "Apoyo financiado por la UE y ejecutado por la OIT a los decretos y circulares que desarrollan el Código del Trabajo de 2019: fijación de salarios, relaciones laborales e inspección del trabajo, cofinanciado en USD por un proyecto de la OIT financiado por el Departamento de Trabajo de los Estados Unidos.",
      "Reglamentos de aplicación adoptados; el Consejo Nacional de Salarios utiliza evidencia; los inspectores aplican el nuevo Código.",
    ],
    fr: [
      "Commerce pour le travail décent : mise en œuvre du Code du travail au Viet Nam",
      "Appui financé par l’UE et mis en œuvre par l’OIT aux décrets et circulaires d’application du Code du travail de 2019 : fixation des salaires, relations professionnelles et inspection du travail, cofinancé en USD par un projet de l’OIT financé par le Département du Travail des États-Unis.",
      "Textes d’application adoptés ; le Conseil national des salaires s’appuie sur des données probantes ; les inspecteurs appliquent le nouveau Code.",
    ],
    vi: [
      "Thương mại vì Việc làm Bền vững: thực thi Bộ luật Lao động tại Việt Nam",
      "Hỗ trợ do EU tài trợ và ILO thực hiện cho các nghị định, thông tư hướng dẫn Bộ luật Lao động năm 2019: xác định tiền lương, quan hệ lao động và thanh tra lao động, được đồng tài trợ bằng USD thông qua một dự án của ILO do Bộ Lao động Hoa Kỳ tài trợ.",
      "Các văn bản hướng dẫn được ban hành; Hội đồng Tiền lương Quốc gia sử dụng bằng chứng; thanh tra viên áp dụng Bộ luật mới.",
    ],
  },
  "XI-IATI-EC_INTPA-VN-003": {
    es: [
      "Organizaciones representativas de los trabajadores a nivel de empresa: registro y negociación",
      "Pone a prueba el registro de organizaciones representativas de los trabajadores fuera de la VGCL, permitido por el Código del Trabajo de 2019, y sus primeras rondas de negociación colectiva.",
      "Las solicitudes de registro se resuelven dentro del plazo legal; las organizaciones registradas negocian colectivamente.",
    ],
    fr: [
      "Organisations représentatives des travailleurs au niveau de l’entreprise : enregistrement et négociation",
      "Expérimente l’enregistrement d’organisations représentatives des travailleurs en dehors de la VGCL, permis par le Code du travail de 2019, et leurs premiers cycles de négociation collective.",
      "Les demandes d’enregistrement sont tranchées dans le délai légal ; les organisations enregistrées négocient collectivement.",
    ],
    vi: [
      "Tổ chức đại diện người lao động tại doanh nghiệp: đăng ký và thương lượng",
      "Thí điểm việc đăng ký các tổ chức đại diện người lao động ngoài Tổng Liên đoàn Lao động Việt Nam, theo quy định của Bộ luật Lao động năm 2019, và các vòng thương lượng tập thể đầu tiên của các tổ chức này.",
      "Hồ sơ đăng ký được giải quyết trong thời hạn luật định; các tổ chức đã đăng ký tiến hành thương lượng tập thể.",
    ],
  },
  "XI-IATI-EC_INTPA-VN-004": {
    es: [
      "Investigación conjunta sobre el trabajo infantil en las cadenas de suministro textiles y agrícolas de Viet Nam",
      "Módulo de encuesta y dos estudios sectoriales sobre dónde se produce el trabajo infantil en las cadenas de suministro de exportación y qué lo impulsa.",
      "Evidencia para orientar la inspección y la protección social hacia los niveles de la cadena de suministro donde trabajan los niños.",
    ],
    fr: [
      "Recherche conjointe sur le travail des enfants dans les chaînes d’approvisionnement textiles et agricoles du Viet Nam",
      "Module d’enquête et deux études sectorielles sur les maillons des chaînes d’approvisionnement d’exportation où se trouve le travail des enfants et sur ce qui le favorise.",
      "Des données probantes pour cibler l’inspection et la protection sociale sur les maillons de la chaîne d’approvisionnement où travaillent des enfants.",
    ],
    vi: [
      "Nghiên cứu chung về lao động trẻ em trong chuỗi cung ứng dệt may và nông nghiệp của Việt Nam",
      "Một học phần khảo sát và hai nghiên cứu ngành về việc lao động trẻ em xuất hiện ở khâu nào trong chuỗi cung ứng xuất khẩu và nguyên nhân dẫn đến tình trạng đó.",
      "Bằng chứng để định hướng thanh tra và bảo trợ xã hội vào các khâu của chuỗi cung ứng nơi có trẻ em làm việc.",
    ],
  },
  "XI-IATI-EC_INTPA-VN-005": {
    es: [
      "Intercambio UE–Viet Nam sobre la práctica de la inspección del trabajo",
      "Intercambio entre pares entre la inspección del trabajo de Viet Nam y las inspecciones de los Estados miembros de la UE sobre la planificación de inspecciones y la notificación de accidentes.",
      "La inspección de Viet Nam adopta una planificación basada en riesgos; los accidentes del trabajo se notifican e investigan de manera coherente.",
    ],
    fr: [
      "Échange UE–Viet Nam sur la pratique de l’inspection du travail",
      "Échange entre pairs entre l’inspection du travail du Viet Nam et les inspections des États membres de l’UE sur la planification des inspections et la déclaration des accidents.",
      "L’inspection du Viet Nam adopte une planification fondée sur les risques ; les accidents du travail sont déclarés et font l’objet d’enquêtes de manière cohérente.",
    ],
    vi: [
      "Trao đổi EU – Việt Nam về thực tiễn thanh tra lao động",
      "Trao đổi đồng cấp giữa thanh tra lao động Việt Nam và cơ quan thanh tra của các quốc gia thành viên EU về lập kế hoạch thanh tra và báo cáo tai nạn.",
      "Thanh tra Việt Nam áp dụng lập kế hoạch dựa trên rủi ro; tai nạn lao động được báo cáo và điều tra một cách nhất quán.",
    ],
  },
  "XI-IATI-EC_INTPA-VN-006": {
    es: [
      "Fortalecimiento de capacidades del Grupo Consultivo Interno de Viet Nam",
      "Propuesta: formación y una pequeña secretaría para que el Grupo Consultivo Interno vietnamita pueda dar seguimiento al Capítulo 13 e informar al Foro Conjunto.",
      "El Grupo Consultivo Interno vietnamita se reúne con regularidad y presenta dictámenes escritos al Comité de Comercio y Desarrollo Sostenible.",
    ],
    fr: [
      "Renforcement des capacités du groupe consultatif interne du Viet Nam",
      "Proposition : formation et un petit secrétariat pour que le groupe consultatif interne vietnamien puisse suivre le chapitre 13 et rendre compte au Forum conjoint.",
      "Le groupe consultatif interne vietnamien se réunit régulièrement et soumet des avis écrits au comité Commerce et développement durable.",
    ],
    vi: [
      "Nâng cao năng lực cho Nhóm Tư vấn trong nước của Việt Nam",
      "Đề xuất: đào tạo và một ban thư ký nhỏ để Nhóm Tư vấn trong nước của Việt Nam có thể giám sát Chương 13 và báo cáo lên Diễn đàn chung.",
      "Nhóm Tư vấn trong nước của Việt Nam họp định kỳ và gửi ý kiến bằng văn bản cho Ủy ban Thương mại và Phát triển bền vững.",
    ],
  },
  "XI-IATI-EC_INTPA-VN-007": {
    es: [
      "Estudio sobre los riesgos de trabajo forzoso en el sector pesquero de Viet Nam",
      "Estudio de campo previsto sobre las prácticas de contratación, endeudamiento y tiempo de trabajo en los buques de pesca de altura, y sobre las inspecciones en puerto.",
      "Recomendaciones al Comité de Comercio y Desarrollo Sostenible para prevenir el trabajo forzoso entre los pescadores.",
    ],
    fr: [
      "Étude sur les risques de travail forcé dans le secteur de la pêche au Viet Nam",
      "Étude de terrain prévue sur les pratiques de recrutement, d’endettement et de temps de travail à bord des navires de pêche hauturière, et sur les inspections dans les ports.",
      "Des recommandations au comité Commerce et développement durable sur la prévention du travail forcé chez les pêcheurs.",
    ],
    vi: [
      "Nghiên cứu về rủi ro lao động cưỡng bức trong ngành khai thác thủy sản của Việt Nam",
      "Dự kiến nghiên cứu thực địa về thực tiễn tuyển dụng, nợ nần và thời giờ làm việc trên tàu cá xa bờ, và về công tác thanh tra tại cảng.",
      "Khuyến nghị gửi Ủy ban Thương mại và Phát triển bền vững về phòng ngừa lao động cưỡng bức đối với ngư dân.",
    ],
  },
  "CA-GOV-ESDC-CO-001": {
    es: [
      "Protección de dirigentes sindicales en Colombia",
      "Apoya la evaluación de riesgos y las medidas de protección para dirigentes sindicales amenazados, así como la investigación de la violencia contra sindicalistas, a raíz de la Comunicación Pública CAN 2016-1.",
      "Las solicitudes de protección de dirigentes sindicales se evalúan a tiempo; más casos de violencia contra sindicalistas terminan en condena.",
    ],
    fr: [
      "Protection des dirigeants syndicaux en Colombie",
      "Appuie l’évaluation des risques et les mesures de protection des dirigeants syndicaux menacés, ainsi que les enquêtes sur les violences contre les syndicalistes, à la suite de la communication publique CAN 2016-1.",
      "Les demandes de protection des dirigeants syndicaux sont évaluées à temps ; davantage d’affaires de violence contre des syndicalistes aboutissent à une condamnation.",
    ],
    vi: [
      "Bảo vệ lãnh đạo công đoàn tại Colombia",
      "Hỗ trợ đánh giá rủi ro và các biện pháp bảo vệ lãnh đạo công đoàn bị đe dọa, cũng như điều tra bạo lực đối với cán bộ công đoàn, theo Thông báo công khai CAN 2016-1.",
      "Yêu cầu bảo vệ của lãnh đạo công đoàn được đánh giá kịp thời; nhiều vụ bạo lực đối với cán bộ công đoàn hơn dẫn đến kết án.",
    ],
  },
  "CA-GOV-ESDC-CO-002": {
    es: [
      "Fortalecimiento de la inspección del trabajo y del cobro de multas en Colombia",
      "Planificación de inspecciones, expedientes electrónicos y cobro de las multas administrativas, una carencia señalada por la Oficina Administrativa Nacional de Canadá en 2017.",
      "Las multas impuestas por infracciones laborales se cobran; los expedientes de inspección son electrónicos y trazables.",
    ],
    fr: [
      "Renforcement de l’inspection du travail et du recouvrement des amendes en Colombie",
      "Planification des inspections, dossiers électroniques et recouvrement des amendes administratives, une lacune relevée par le Bureau administratif national du Canada en 2017.",
      "Les amendes infligées pour infractions au droit du travail sont recouvrées ; les dossiers d’inspection sont électroniques et traçables.",
    ],
    vi: [
      "Tăng cường thanh tra lao động và thu tiền phạt tại Colombia",
      "Lập kế hoạch thanh tra, hồ sơ điện tử và thu tiền phạt hành chính, một thiếu sót được Văn phòng Hành chính Quốc gia của Canada chỉ ra năm 2017.",
      "Tiền phạt đối với vi phạm pháp luật lao động được thu; hồ sơ thanh tra được điện tử hóa và có thể truy xuất.",
    ],
  },
  "CA-GOV-ESDC-CO-003": {
    es: [
      "Lucha contra la tercerización abusiva en la palma de aceite, el azúcar y los puertos",
      "Inspección de la intermediación laboral ilegal y acuerdos de formalización en los sectores mencionados en la Comunicación Pública CAN 2016-1.",
      "Los trabajadores tercerizados son contratados directamente o quedan cubiertos por acuerdos de formalización; pueden afiliarse a sindicatos y negociar.",
    ],
    fr: [
      "Lutte contre la sous-traitance abusive dans l’huile de palme, le sucre et les ports",
      "Inspection de l’intermédiation illégale de main-d’œuvre et accords de formalisation dans les secteurs cités dans la communication publique CAN 2016-1.",
      "Les travailleurs externalisés sont embauchés directement ou couverts par des accords de formalisation ; ils peuvent adhérer à un syndicat et négocier.",
    ],
    vi: [
      "Chống thuê ngoài lạm dụng trong ngành dầu cọ, đường và cảng biển",
      "Thanh tra hoạt động trung gian lao động bất hợp pháp và các thỏa thuận chính thức hóa trong những ngành được nêu trong Thông báo công khai CAN 2016-1.",
      "Người lao động thuê ngoài được tuyển dụng trực tiếp hoặc được bảo đảm bằng thỏa thuận chính thức hóa; họ có thể gia nhập công đoàn và thương lượng.",
    ],
  },
  "CA-GOV-ESDC-CO-004": {
    es: [
      "Investigación conjunta sobre el empleo informal en la Colombia rural",
      "Una encuesta laboral rural en la agricultura de exportación y un estudio de los incentivos a la formalización para pequeños productores, cofinanciados por el Ministerio del Trabajo en pesos.",
      "Medir la informalidad entre los trabajadores rurales de la agricultura de exportación e identificar qué incentivos a la formalización les llegan.",
    ],
    fr: [
      "Recherche conjointe sur l’emploi informel dans les zones rurales de Colombie",
      "Une enquête sur le travail rural dans l’agriculture d’exportation et une étude des incitations à la formalisation pour les petits producteurs, cofinancées en pesos par le ministère du Travail.",
      "Mesurer l’informalité chez les travailleurs ruraux de l’agriculture d’exportation et déterminer quelles incitations à la formalisation les atteignent.",
    ],
    vi: [
      "Nghiên cứu chung về việc làm phi chính thức ở nông thôn Colombia",
      "Một cuộc điều tra lao động nông thôn trong nông nghiệp xuất khẩu và một nghiên cứu về các ưu đãi chính thức hóa cho nhà sản xuất nhỏ, do Bộ Lao động đồng tài trợ bằng đồng peso.",
      "Đo lường mức độ phi chính thức của lao động nông thôn trong nông nghiệp xuất khẩu và xác định những ưu đãi chính thức hóa nào đến được với họ.",
    ],
  },
  "CA-GOV-ESDC-CO-005": {
    es: [
      "Intercambio Canadá–Colombia sobre estadísticas de negociación colectiva",
      "Intercambio sobre la medición de la tasa de sindicalización y la cobertura de las convenciones colectivas, y sobre el registro de las convenciones colectivas.",
      "Colombia publica estadísticas anuales sobre la tasa de sindicalización y la cobertura de la negociación.",
    ],
    fr: [
      "Échange Canada–Colombie sur les statistiques de la négociation collective",
      "Échange sur la mesure du taux de syndicalisation et de la couverture des conventions collectives, et sur l’enregistrement des conventions collectives.",
      "La Colombie publie chaque année des statistiques sur le taux de syndicalisation et la couverture de la négociation.",
    ],
    vi: [
      "Trao đổi Canada – Colombia về thống kê thương lượng tập thể",
      "Trao đổi về cách đo lường tỷ lệ tham gia công đoàn và độ bao phủ của thỏa ước lao động tập thể, và về việc đăng ký thỏa ước lao động tập thể.",
      "Colombia công bố số liệu thống kê hằng năm về tỷ lệ tham gia công đoàn và độ bao phủ của thương lượng tập thể.",
    ],
  },
  "CA-GOV-ESDC-CO-006": {
    es: [
      "Diálogo social para la inclusión laboral en el posconflicto",
      "Diálogo tripartito territorial sobre la inclusión laboral de excombatientes y víctimas del conflicto. Suspendido en 2025 mientras se reconstituyen las subcomisiones territoriales.",
      "Las subcomisiones territoriales acuerdan pactos locales por el empleo; los participantes encuentran empleos formales.",
    ],
    fr: [
      "Dialogue social pour l’inclusion professionnelle après le conflit",
      "Dialogue tripartite territorial sur l’inclusion professionnelle des anciens combattants et des victimes du conflit. Suspendu en 2025 pendant la reconstitution des sous-commissions territoriales.",
      "Les sous-commissions territoriales concluent des pactes locaux pour l’emploi ; les participants trouvent des emplois formels.",
    ],
    vi: [
      "Đối thoại xã hội vì hòa nhập lao động sau xung đột",
      "Đối thoại ba bên cấp vùng về hòa nhập lao động cho cựu chiến binh và nạn nhân của xung đột. Tạm dừng năm 2025 trong thời gian các tiểu ban cấp vùng được tái lập.",
      "Các tiểu ban cấp vùng thống nhất các hiệp ước việc làm địa phương; người tham gia tìm được việc làm chính thức.",
    ],
  },
  "CA-GOV-ESDC-CO-007": {
    es: [
      "Integración laboral de los trabajadores migrantes venezolanos en Colombia",
      "Propuesta: reconocimiento de títulos y cualificaciones, inspección del trabajo en los sectores que emplean a migrantes e información para los trabajadores migrantes sobre sus derechos.",
      "Los trabajadores migrantes en situación regular encuentran empleos formales y saben cómo presentar denuncias.",
    ],
    fr: [
      "Intégration professionnelle des travailleurs migrants vénézuéliens en Colombie",
      "Proposition : reconnaissance des qualifications, inspection du travail dans les secteurs qui emploient des migrants et information des travailleurs migrants sur leurs droits.",
      "Les travailleurs migrants en situation régulière trouvent des emplois formels et savent comment porter plainte.",
    ],
    vi: [
      "Hòa nhập lao động cho người lao động di cư Venezuela tại Colombia",
      "Đề xuất: công nhận trình độ chuyên môn, thanh tra lao động trong các ngành sử dụng lao động di cư và cung cấp thông tin cho người lao động di cư về quyền của họ.",
      "Người lao động di cư có tình trạng cư trú hợp pháp tìm được việc làm chính thức và biết cách nộp khiếu nại.",
    ],
  },
};
