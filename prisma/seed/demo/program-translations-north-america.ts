import type { ProgramTexts } from "./program-translations";

export const programTextsNorthAmerica: Record<string, ProgramTexts> = {
  "US-GOV-1-ILAB-MX-001": {
    es: [
      "Apoyo a la reforma de la justicia laboral en México",
      "Ayuda a los nuevos tribunales laborales federales y locales y al Centro Federal de Conciliación y Registro Laboral a asumir las funciones de las juntas tripartitas de conciliación y arbitraje, como exigen la reforma de 2019 y el Anexo 23-A.",
      "Los tribunales laborales resuelven los casos individuales y colectivos dentro de los plazos legales; la conciliación prejudicial obligatoria resuelve la mayoría de los conflictos individuales; los trabajadores saben cómo utilizar el nuevo sistema.",
    ],
    fr: [
      "Appui à la réforme de la justice du travail au Mexique",
      "Aide les nouveaux tribunaux du travail fédéraux et des États ainsi que le Centre fédéral de conciliation et d’enregistrement du travail à prendre le relais des commissions tripartites de conciliation et d’arbitrage, comme l’exigent la réforme de 2019 et l’annexe 23-A.",
      "Les tribunaux du travail tranchent les affaires individuelles et collectives dans les délais légaux ; la conciliation préalable obligatoire règle la plupart des différends individuels ; les travailleurs savent comment recourir au nouveau système.",
    ],
    vi: [
      "Hỗ trợ cải cách tư pháp lao động tại Mexico",
      "Giúp các tòa án lao động liên bang và cấp bang mới cùng Trung tâm Hòa giải và Đăng ký Lao động Liên bang tiếp nhận chức năng của các hội đồng hòa giải và trọng tài ba bên, theo yêu cầu của cuộc cải cách năm 2019 và Phụ lục 23-A.",
      "Tòa án lao động giải quyết các vụ việc cá nhân và tập thể trong thời hạn luật định; hòa giải bắt buộc trước tố tụng giải quyết phần lớn tranh chấp cá nhân; người lao động biết cách sử dụng hệ thống mới.",
    ],
  },
  "US-GOV-1-ILAB-MX-002": {
    es: [
      "Capacidad de tramitación de casos del Mecanismo Laboral de Respuesta Rápida",
      "Fortalece la capacidad de ambos gobiernos para examinar solicitudes, verificar los hechos en las instalaciones cubiertas y dar seguimiento a los cursos de reparación previstos en el Anexo 31-A.",
      "Las solicitudes se examinan dentro de los plazos acordados; las verificaciones siguen un protocolo común; las medidas de reparación se siguen hasta su cumplimiento.",
    ],
    fr: [
      "Capacité de traitement des dossiers du mécanisme de réaction rapide",
      "Renforce la capacité des deux gouvernements à examiner les pétitions, à vérifier les faits dans les installations visées et à suivre les mesures correctives prévues à l’annexe 31-A.",
      "Les pétitions sont examinées dans les délais convenus ; les vérifications suivent un protocole commun ; les mesures correctives sont suivies jusqu’à leur achèvement.",
    ],
    vi: [
      "Năng lực xử lý vụ việc của Cơ chế Phản ứng Nhanh",
      "Nâng cao năng lực của hai chính phủ trong việc xem xét đơn kiến nghị, xác minh sự việc tại các cơ sở thuộc phạm vi điều chỉnh và theo dõi các biện pháp khắc phục theo Phụ lục 31-A.",
      "Đơn kiến nghị được sàng lọc trong thời hạn đã thỏa thuận; việc xác minh tuân theo một quy trình chung; các biện pháp khắc phục được theo dõi đến khi hoàn thành.",
    ],
  },
  "US-GOV-1-ILAB-MX-003": {
    es: [
      "Legitimación de los contratos colectivos centrada en los trabajadores",
      "Informó a los trabajadores sobre las consultas de legitimación de los contratos colectivos existentes, formó a observadores independientes y apoyó votaciones libres y secretas antes del plazo de mayo de 2023.",
      "Los trabajadores cubiertos por contratos heredados votan de forma libre e informada; las votaciones irregulares se denuncian y se repiten.",
    ],
    fr: [
      "Légitimation des conventions collectives centrée sur les travailleurs",
      "A informé les travailleurs sur les votes de légitimation des conventions collectives existantes, formé des observateurs indépendants et appuyé des scrutins libres et secrets avant l’échéance de mai 2023.",
      "Les travailleurs couverts par d’anciennes conventions votent librement et en connaissance de cause ; les votes irréguliers sont signalés et organisés à nouveau.",
    ],
    vi: [
      "Hợp pháp hóa thỏa ước lao động tập thể lấy người lao động làm trung tâm",
      "Cung cấp thông tin cho người lao động về các cuộc bỏ phiếu hợp pháp hóa thỏa ước lao động tập thể hiện hành, đào tạo quan sát viên độc lập và hỗ trợ bỏ phiếu kín, tự do trước hạn chót tháng 5 năm 2023.",
      "Người lao động thuộc phạm vi các thỏa ước cũ bỏ phiếu một cách tự do và có hiểu biết; các cuộc bỏ phiếu bất thường được báo cáo và tổ chức lại.",
    ],
  },
  "US-GOV-1-ILAB-MX-004": {
    es: [
      "Fortalecimiento de la inspección del trabajo en la cadena de suministro de autopartes de México",
      "Planificación de inspecciones basada en riesgos e inspecciones de seguridad y salud en el trabajo en plantas de autopartes de Coahuila, Guanajuato y Tamaulipas.",
      "Las inspecciones se dirigen a las plantas de alto riesgo; las infracciones detectadas se corrigen y se sancionan; los inspectores utilizan expedientes electrónicos.",
    ],
    fr: [
      "Renforcement de l’inspection du travail dans la chaîne d’approvisionnement automobile du Mexique",
      "Planification des inspections fondée sur les risques et inspections de sécurité et de santé au travail dans les usines de pièces automobiles de Coahuila, Guanajuato et Tamaulipas.",
      "Les inspections ciblent les usines à haut risque ; les infractions constatées sont corrigées et sanctionnées ; les inspecteurs utilisent des dossiers électroniques.",
    ],
    vi: [
      "Tăng cường thanh tra lao động trong chuỗi cung ứng phụ tùng ô tô của Mexico",
      "Lập kế hoạch thanh tra dựa trên rủi ro và thanh tra an toàn, vệ sinh lao động tại các nhà máy phụ tùng ô tô ở Coahuila, Guanajuato và Tamaulipas.",
      "Thanh tra tập trung vào các nhà máy có rủi ro cao; các vi phạm phát hiện được khắc phục và xử phạt; thanh tra viên sử dụng hồ sơ điện tử.",
    ],
  },
  "US-GOV-1-ILAB-MX-005": {
    es: [
      "Eliminación del trabajo infantil en las cadenas de suministro agrícolas de México",
      "Monitoreo y remediación del trabajo infantil con productores y familias jornaleras en la horticultura de exportación de Sinaloa y Baja California. Suspendido en 2025 en espera de una auditoría de las subdonaciones del socio ejecutor.",
      "Menos hijos de jornaleros migrantes trabajan en el campo; más asisten a la escuela durante la cosecha.",
    ],
    fr: [
      "Élimination du travail des enfants dans les chaînes d’approvisionnement agricoles du Mexique",
      "Suivi et remédiation du travail des enfants avec les producteurs et les familles d’ouvriers agricoles journaliers dans l’horticulture d’exportation du Sinaloa et de Basse-Californie. Suspendu en 2025 dans l’attente d’un audit des sous-subventions du partenaire d’exécution.",
      "Moins d’enfants d’ouvriers agricoles migrants travaillent dans les champs ; davantage vont à l’école pendant la récolte.",
    ],
    vi: [
      "Xóa bỏ lao động trẻ em trong chuỗi cung ứng nông nghiệp của Mexico",
      "Giám sát và khắc phục lao động trẻ em cùng các nhà trồng trọt và gia đình lao động công nhật trong ngành rau quả xuất khẩu ở Sinaloa và Baja California. Tạm dừng năm 2025 trong khi chờ kiểm toán các khoản tài trợ lại của đối tác thực hiện.",
      "Ít con em của lao động công nhật di cư phải làm việc trên đồng ruộng hơn; nhiều em đến trường hơn trong mùa thu hoạch.",
    ],
  },
  "CA-GOV-ESDC-MX-001": {
    es: [
      "Apoyo de Canadá y México a la democracia sindical y la negociación colectiva",
      "Apoyo canadiense a la reforma laboral de México: democracia sindical, transparencia de los estatutos sindicales e igualdad de género en la dirección sindical y en la negociación.",
      "Los sindicatos adoptan estatutos democráticos; más mujeres integran las comisiones negociadoras; los contratos colectivos se registran y son públicos.",
    ],
    fr: [
      "Appui du Canada et du Mexique à la démocratie syndicale et à la négociation collective",
      "Appui canadien à la réforme du travail au Mexique : démocratie syndicale, transparence des statuts syndicaux et égalité entre les femmes et les hommes dans la direction syndicale et la négociation.",
      "Les syndicats adoptent des statuts démocratiques ; davantage de femmes siègent aux comités de négociation ; les conventions collectives sont enregistrées et publiques.",
    ],
    vi: [
      "Hỗ trợ của Canada và Mexico cho dân chủ công đoàn và thương lượng tập thể",
      "Canada hỗ trợ cải cách lao động của Mexico: dân chủ công đoàn, minh bạch điều lệ công đoàn và bình đẳng giới trong lãnh đạo công đoàn và thương lượng.",
      "Các công đoàn thông qua điều lệ dân chủ; nhiều phụ nữ hơn tham gia ban thương lượng; thỏa ước lao động tập thể được đăng ký và công khai.",
    ],
  },
  "MX-STPS-USMCA-JR-001": {
    es: [
      "Investigación conjunta sobre la informalidad en las cadenas de valor de América del Norte",
      "Estudio trilateral, acordado por el Consejo Laboral en 2023, sobre el trabajo informal y subcontratado en las cadenas de suministro de los bienes comerciados en el marco del T-MEC.",
      "Una medición común de la informalidad en las cadenas de valor que el Consejo pueda utilizar para orientar la cooperación.",
    ],
    fr: [
      "Recherche conjointe sur l’informalité dans les chaînes de valeur nord-américaines",
      "Étude trilatérale, convenue par le Conseil du travail en 2023, du travail informel et sous-traité dans les chaînes d’approvisionnement des biens échangés dans le cadre de l’ACEUM.",
      "Une mesure commune de l’informalité dans les chaînes de valeur que le Conseil peut utiliser pour cibler la coopération.",
    ],
    vi: [
      "Nghiên cứu chung về khu vực phi chính thức trong chuỗi giá trị Bắc Mỹ",
      "Nghiên cứu ba bên, được Hội đồng Lao động thống nhất năm 2023, về lao động phi chính thức và lao động thuê lại trong chuỗi cung ứng hàng hóa được trao đổi theo USMCA.",
      "Một phương pháp đo lường chung về khu vực phi chính thức trong chuỗi giá trị mà Hội đồng có thể sử dụng để định hướng hợp tác.",
    ],
  },
  "MX-STPS-USMCA-IS-001": {
    es: [
      "Intercambio de información sobre estadísticas del mercado laboral",
      "Intercambio periódico entre las autoridades estadísticas y laborales de las tres Partes sobre las definiciones de las encuestas de fuerza de trabajo, la informalidad y las series salariales.",
      "Indicadores comparables de empleo, informalidad y salarios publicados para el Consejo Laboral.",
    ],
    fr: [
      "Échange d’informations sur les statistiques du marché du travail",
      "Échange régulier entre les autorités statistiques et du travail des trois Parties sur les définitions des enquêtes sur la population active, l’informalité et les séries de salaires.",
      "Des indicateurs comparables sur l’emploi, l’informalité et les salaires publiés pour le Conseil du travail.",
    ],
    vi: [
      "Chia sẻ thông tin về số liệu thống kê thị trường lao động",
      "Trao đổi định kỳ giữa cơ quan thống kê và cơ quan lao động của ba Bên về các định nghĩa trong điều tra lực lượng lao động, khu vực phi chính thức và chuỗi số liệu tiền lương.",
      "Các chỉ số có thể so sánh về việc làm, khu vực phi chính thức và tiền lương được công bố cho Hội đồng Lao động.",
    ],
  },
  "US-GOV-1-ILAB-MX-006": {
    es: [
      "Contratación equitativa de trabajadores agrícolas migrantes",
      "Seguimiento propuesto de la decisión del Consejo Laboral de 2025: regulación de los reclutadores y canales de denuncia para los trabajadores agrícolas temporales mexicanos.",
      "Ningún trabajador paga comisiones de contratación; las denuncias de los trabajadores temporales se reciben y se resuelven en ambos países.",
    ],
    fr: [
      "Recrutement équitable des travailleurs agricoles migrants",
      "Suite proposée à la décision du Conseil du travail de 2025 : réglementation des recruteurs de main-d’œuvre et voies de plainte pour les travailleurs agricoles temporaires mexicains.",
      "Aucuns frais de recrutement ne sont facturés aux travailleurs ; les plaintes des travailleurs temporaires sont reçues et traitées dans les deux pays.",
    ],
    vi: [
      "Tuyển dụng công bằng lao động nông nghiệp di cư",
      "Đề xuất hoạt động tiếp theo quyết định năm 2025 của Hội đồng Lao động: quản lý các đơn vị tuyển dụng lao động và kênh khiếu nại cho lao động nông nghiệp thời vụ người Mexico.",
      "Người lao động không phải trả phí tuyển dụng; khiếu nại của lao động thời vụ được tiếp nhận và giải quyết ở cả hai nước.",
    ],
  },
  "CA-GOV-ESDC-MX-002": {
    es: [
      "Prevención de la violencia y el acoso por razón de género en los lugares de trabajo de México",
      "Protocolos en los lugares de trabajo conformes al Convenio núm. 190 de la OIT e inspección de las denuncias de acoso en la manufactura de exportación.",
      "Las grandes plantas exportadoras adoptan protocolos; los inspectores tramitan las denuncias de acoso con un procedimiento sensible al género.",
    ],
    fr: [
      "Prévention de la violence et du harcèlement fondés sur le genre dans les lieux de travail au Mexique",
      "Protocoles sur le lieu de travail conformes à la convention (nº 190) de l’OIT et inspection des plaintes pour harcèlement dans l’industrie manufacturière d’exportation.",
      "Les grandes usines exportatrices adoptent des protocoles ; les inspecteurs traitent les plaintes pour harcèlement selon une procédure tenant compte du genre.",
    ],
    vi: [
      "Phòng ngừa bạo lực và quấy rối trên cơ sở giới tại nơi làm việc ở Mexico",
      "Quy trình tại nơi làm việc phù hợp với Công ước số 190 của ILO và thanh tra các khiếu nại về quấy rối trong ngành sản xuất xuất khẩu.",
      "Các nhà máy xuất khẩu lớn áp dụng quy trình; thanh tra viên xử lý khiếu nại về quấy rối theo thủ tục có lồng ghép giới.",
    ],
  },
  "MX-STPS-USMCA-IS-002": {
    es: [
      "Intercambio trilateral sobre las prohibiciones de importar bienes producidos con trabajo forzoso",
      "Las autoridades aduaneras y laborales compararon procedimientos, estándares probatorios y medidas de reparación en el marco de la prohibición de cada Parte de importar bienes producidos con trabajo forzoso.",
      "Un entendimiento común de los estándares probatorios; la prohibición de importación de México en funcionamiento.",
    ],
    fr: [
      "Échange trilatéral sur les interdictions d’importer des biens produits par le travail forcé",
      "Les autorités douanières et du travail ont comparé les procédures, les exigences de preuve et les mesures correctives au titre de l’interdiction, propre à chaque Partie, d’importer des biens produits par le travail forcé.",
      "Une compréhension commune des exigences de preuve ; l’interdiction d’importation du Mexique opérationnelle.",
    ],
    vi: [
      "Trao đổi ba bên về lệnh cấm nhập khẩu hàng hóa sản xuất bằng lao động cưỡng bức",
      "Cơ quan hải quan và cơ quan lao động đã so sánh thủ tục, tiêu chuẩn chứng cứ và biện pháp khắc phục theo lệnh cấm của mỗi Bên đối với việc nhập khẩu hàng hóa sản xuất bằng lao động cưỡng bức.",
      "Hiểu biết chung về tiêu chuẩn chứng cứ; lệnh cấm nhập khẩu của Mexico được đưa vào thực hiện.",
    ],
  },
  "US-GOV-1-ILAB-MX-007": {
    es: [
      "Escuela de liderazgo sindical independiente",
      "Formación prevista en gobernanza sindical y transparencia financiera para dirigentes de sindicatos independientes recién electos. Cancelado en 2022 cuando el ejecutor se retiró; las actividades se integraron en US-GOV-1-ILAB-MX-003.",
      "Los dirigentes recién electos conducen sindicatos transparentes y democráticos.",
    ],
    fr: [
      "École de direction syndicale indépendante",
      "Formation prévue en gouvernance syndicale et transparence financière pour les dirigeants nouvellement élus de syndicats indépendants. Annulé en 2022 après le retrait de l’organisme d’exécution ; les activités ont été intégrées à US-GOV-1-ILAB-MX-003.",
      "Les dirigeants nouvellement élus dirigent des syndicats transparents et démocratiques.",
    ],
    vi: [
      "Trường đào tạo lãnh đạo công đoàn độc lập",
      "Dự kiến đào tạo về quản trị công đoàn và minh bạch tài chính cho lãnh đạo công đoàn độc lập mới được bầu. Bị hủy năm 2022 khi đơn vị thực hiện rút lui; các hoạt động được chuyển vào US-GOV-1-ILAB-MX-003.",
      "Lãnh đạo mới được bầu điều hành công đoàn một cách minh bạch và dân chủ.",
    ],
  },
  "US-GOV-1-ILAB-NAALC-001": {
    es: [
      "Mercados laborales de América del Norte: estudio comparativo",
      "Estudio comparativo del Secretariado sobre el empleo, los salarios y la productividad en los tres países durante el decenio posterior al TLCAN.",
      "Una base fáctica común para las deliberaciones del Consejo sobre los resultados del mercado laboral.",
    ],
    fr: [
      "Marchés du travail nord-américains : étude comparative",
      "Étude comparative du Secrétariat sur l’emploi, les salaires et la productivité dans les trois pays au cours de la décennie qui a suivi l’ALENA.",
      "Une base factuelle commune pour les discussions du Conseil sur les résultats du marché du travail.",
    ],
    vi: [
      "Thị trường lao động Bắc Mỹ: nghiên cứu so sánh",
      "Nghiên cứu so sánh của Ban Thư ký về việc làm, tiền lương và năng suất lao động tại ba nước trong thập kỷ sau NAFTA.",
      "Một cơ sở thực tế chung cho các thảo luận của Hội đồng về kết quả của thị trường lao động.",
    ],
  },
  "US-GOV-1-ILAB-NAALC-002": {
    es: [
      "Grupo de trabajo trilateral sobre seguridad y salud en el trabajo",
      "Intercambio entre las tres autoridades de seguridad y salud en el trabajo sobre normas, focalización de las inspecciones y estadísticas de accidentes mortales.",
      "Estadísticas comparables de accidentes mortales; práctica común de focalización de las inspecciones.",
    ],
    fr: [
      "Groupe de travail trilatéral sur la sécurité et la santé au travail",
      "Échange entre les trois autorités de sécurité et de santé au travail sur les normes, le ciblage des inspections et les statistiques d’accidents mortels.",
      "Des statistiques comparables d’accidents mortels ; une pratique commune de ciblage des inspections.",
    ],
    vi: [
      "Nhóm công tác ba bên về an toàn, vệ sinh lao động",
      "Trao đổi giữa ba cơ quan an toàn, vệ sinh lao động về tiêu chuẩn, định hướng thanh tra và thống kê tai nạn lao động chết người.",
      "Số liệu thống kê tai nạn chết người có thể so sánh; thực tiễn chung về định hướng thanh tra.",
    ],
  },
};
