// The demo plans' titles and their measures' titles in Spanish, French and Vietnamese, by their English text.
import type { DemoTranslations } from "./translations";

export const PLAN_TEXTS: DemoTranslations = {
  "Course of remediation at an auto-parts facility in Matamoros, Tamaulipas": {
    es: "Curso de reparación en una planta de autopartes de Matamoros, Tamaulipas",
    fr: "Mesures correctives dans une usine de pièces automobiles à Matamoros (Tamaulipas)",
    vi: "Lộ trình khắc phục tại một nhà máy linh kiện ô tô ở Matamoros, Tamaulipas",
  },
  "Labour law enforcement action plan — Guatemala (2025 update)": {
    es: "Plan de acción para la aplicación de la legislación laboral — Guatemala (actualización de 2025)",
    fr: "Plan d’action pour l’application du droit du travail — Guatemala (mise à jour 2025)",
    vi: "Kế hoạch hành động thực thi pháp luật lao động — Guatemala (cập nhật năm 2025)",
  },
  "Action plan for the ratification of ILO Convention No. 87": {
    es: "Plan de acción para la ratificación del Convenio núm. 87 de la OIT",
    fr: "Plan d’action pour la ratification de la convention nº 87 de l’OIT",
    vi: "Kế hoạch hành động phê chuẩn Công ước số 87 của ILO",
  },
  "Remediation plan on the protection of trade union leaders": {
    es: "Plan de remediación sobre la protección de dirigentes sindicales",
    fr: "Plan de mesures correctives relatif à la protection des dirigeants syndicaux",
    vi: "Kế hoạch khắc phục về bảo vệ cán bộ lãnh đạo công đoàn",
  },
  "Course of remediation after the first Rapid Response case (auto plant, Silao)": {
    es: "Curso de reparación tras el primer caso de Respuesta Rápida (planta automotriz, Silao)",
    fr: "Mesures correctives à la suite de la première affaire de réaction rapide (usine automobile, Silao)",
    vi: "Lộ trình khắc phục sau vụ việc phản ứng nhanh đầu tiên (nhà máy ô tô, Silao)",
  },
  "Action plan on fair recruitment of migrant agricultural workers": {
    es: "Plan de acción sobre la contratación equitativa de trabajadores agrícolas migrantes",
    fr: "Plan d’action sur le recrutement équitable des travailleurs agricoles migrants",
    vi: "Kế hoạch hành động về tuyển dụng công bằng lao động nông nghiệp di cư",
  },
  "Labor Rights Monitoring and Action Plan — 2026 follow-up": {
    es: "Plan de Monitoreo y Acción sobre Derechos Laborales — seguimiento de 2026",
    fr: "Plan de suivi et d’action sur les droits des travailleurs — suivi 2026",
    vi: "Kế hoạch giám sát và hành động về quyền lao động — theo dõi năm 2026",
  },
  "Employer issues and posts a statement of neutrality": {
    es: "El empleador emite y publica una declaración de neutralidad",
    fr: "L’employeur publie et affiche une déclaration de neutralité",
    vi: "Người sử dụng lao động ban hành và niêm yết tuyên bố trung lập",
  },
  "Reinstate dismissed organisers with back pay": {
    es: "Reinstalar a los organizadores despedidos con pago de salarios caídos",
    fr: "Réintégrer les organisateurs syndicaux licenciés avec rappel de salaire",
    vi: "Nhận lại những người vận động thành lập công đoàn bị sa thải và trả lương cho thời gian bị sa thải",
  },
  "Freedom of association training for all workers and managers": {
    es: "Capacitación en libertad sindical para todos los trabajadores y directivos",
    fr: "Formation à la liberté syndicale pour l’ensemble des travailleurs et des cadres",
    vi: "Tập huấn về tự do hiệp hội cho toàn bộ người lao động và cán bộ quản lý",
  },
  "Union representation election observed by STPS and the CFCRL": {
    es: "Elección de representación sindical observada por la STPS y el CFCRL",
    fr: "Élection de représentation syndicale observée par la STPS et le CFCRL",
    vi: "Bầu cử đại diện công đoàn có sự giám sát của STPS và CFCRL",
  },
  "First collective agreement negotiated by the elected union is registered": {
    es: "Registro del primer contrato colectivo negociado por el sindicato electo",
    fr: "Enregistrement de la première convention collective négociée par le syndicat élu",
    vi: "Đăng ký thỏa ước lao động tập thể đầu tiên do công đoàn được bầu thương lượng",
  },
  "Independent follow-up report on reprisals six months after the election": {
    es: "Informe independiente de seguimiento sobre represalias seis meses después de la elección",
    fr: "Rapport de suivi indépendant sur les représailles six mois après l’élection",
    vi: "Báo cáo theo dõi độc lập về hành vi trả đũa sáu tháng sau bầu cử",
  },
  "Inspectors impose sanctions directly and sanctions are published": {
    es: "Los inspectores imponen sanciones directamente y las sanciones se publican",
    fr: "Les inspecteurs infligent directement les sanctions, qui sont rendues publiques",
    vi: "Thanh tra viên trực tiếp áp dụng chế tài và các chế tài được công bố",
  },
  "Recruit and train 100 additional inspectors for rural departments": {
    es: "Contratar y capacitar a 100 inspectores adicionales para los departamentos rurales",
    fr: "Recruter et former 100 inspecteurs supplémentaires pour les départements ruraux",
    vi: "Tuyển dụng và đào tạo thêm 100 thanh tra viên cho các tỉnh nông thôn",
  },
  "Average time from inspection to sanction down to 120 days": {
    es: "Reducir a 120 días el plazo medio entre la inspección y la sanción",
    fr: "Ramener à 120 jours le délai moyen entre l’inspection et la sanction",
    vi: "Rút ngắn thời gian trung bình từ thanh tra đến xử phạt xuống 120 ngày",
  },
  "Labour court reinstatement orders enforced within 90 days": {
    es: "Ejecución en un plazo de 90 días de las órdenes de reinstalación de los tribunales laborales",
    fr: "Exécution dans un délai de 90 jours des ordonnances de réintégration des tribunaux du travail",
    vi: "Thi hành quyết định nhận lại người lao động của tòa án lao động trong vòng 90 ngày",
  },
  "Publish quarterly inspection statistics": {
    es: "Publicar estadísticas trimestrales de inspección",
    fr: "Publier des statistiques trimestrielles d’inspection",
    vi: "Công bố số liệu thống kê thanh tra hằng quý",
  },
  "Present a ratification timetable to the TSD Committee": {
    es: "Presentar un calendario de ratificación al Comité de Comercio y Desarrollo Sostenible",
    fr: "Présenter un calendrier de ratification au comité du commerce et du développement durable",
    vi: "Trình lộ trình phê chuẩn lên Ủy ban Thương mại và Phát triển bền vững",
  },
  "Complete the legal gap analysis between national law and C87": {
    es: "Concluir el análisis de brechas jurídicas entre la legislación nacional y el C87",
    fr: "Achever l’analyse des écarts entre le droit national et la C87",
    vi: "Hoàn thành rà soát khoảng cách giữa pháp luật quốc gia và Công ước 87",
  },
  "Adopt the decree on registration of worker representative organisations": {
    es: "Adoptar el decreto sobre el registro de las organizaciones representativas de los trabajadores",
    fr: "Adopter le décret relatif à l’enregistrement des organisations représentatives des travailleurs",
    vi: "Ban hành nghị định về đăng ký tổ chức đại diện người lao động",
  },
  "Submit the ratification dossier to the National Assembly": {
    es: "Presentar el expediente de ratificación a la Asamblea Nacional",
    fr: "Soumettre le dossier de ratification à l’Assemblée nationale",
    vi: "Trình hồ sơ phê chuẩn lên Quốc hội",
  },
  "Consult VGCL, VCCI and both Domestic Advisory Groups on the dossier": {
    es: "Consultar a la VGCL, la VCCI y ambos Grupos Consultivos Internos sobre el expediente",
    fr: "Consulter la VGCL, la VCCI et les deux groupes consultatifs internes sur le dossier",
    vi: "Tham vấn Tổng Liên đoàn Lao động Việt Nam, VCCI và cả hai Nhóm tư vấn trong nước về hồ sơ",
  },
  "Assess protection requests from union leaders within 30 days": {
    es: "Evaluar en un plazo de 30 días las solicitudes de protección de los dirigentes sindicales",
    fr: "Examiner sous 30 jours les demandes de protection des dirigeants syndicaux",
    vi: "Đánh giá yêu cầu bảo vệ của cán bộ lãnh đạo công đoàn trong vòng 30 ngày",
  },
  "Joint table with union confederations to review protection cases": {
    es: "Mesa conjunta con las confederaciones sindicales para revisar los casos de protección",
    fr: "Table conjointe avec les confédérations syndicales pour examiner les dossiers de protection",
    vi: "Tổ công tác chung với các liên đoàn công đoàn để rà soát các trường hợp cần bảo vệ",
  },
  "Publish yearly data on investigations and convictions for violence against trade unionists": {
    es: "Publicar datos anuales sobre investigaciones y condenas por violencia contra sindicalistas",
    fr: "Publier chaque année les données sur les enquêtes et les condamnations pour violences envers des syndicalistes",
    vi: "Công bố số liệu hằng năm về điều tra và kết án các vụ bạo lực đối với đoàn viên công đoàn",
  },
  "Independent monitoring report by workers' organisations": {
    es: "Informe de seguimiento independiente de las organizaciones de trabajadores",
    fr: "Rapport de suivi indépendant des organisations de travailleurs",
    vi: "Báo cáo giám sát độc lập của các tổ chức của người lao động",
  },
  "Give workers access to the collective agreement before the vote": {
    es: "Dar a los trabajadores acceso al contrato colectivo antes de la votación",
    fr: "Donner aux travailleurs accès à la convention collective avant le vote",
    vi: "Cho người lao động tiếp cận thỏa ước lao động tập thể trước khi biểu quyết",
  },
  "Repeat the legitimation vote under STPS supervision with ILO observers": {
    es: "Repetir la consulta de legitimación bajo la supervisión de la STPS y con observadores de la OIT",
    fr: "Organiser à nouveau le vote de légitimation sous la supervision de la STPS, avec des observateurs de l’OIT",
    vi: "Tổ chức lại cuộc biểu quyết hợp thức hóa dưới sự giám sát của STPS với quan sát viên của ILO",
  },
  "Sanction those responsible for the irregularities in the first vote": {
    es: "Sancionar a los responsables de las irregularidades en la primera votación",
    fr: "Sanctionner les responsables des irrégularités du premier vote",
    vi: "Xử lý những người chịu trách nhiệm về các sai phạm trong lần biểu quyết đầu tiên",
  },
  "Register all private agencies recruiting workers for jobs abroad": {
    es: "Registrar a todas las agencias privadas que reclutan trabajadores para empleos en el extranjero",
    fr: "Enregistrer toutes les agences privées qui recrutent des travailleurs pour des emplois à l’étranger",
    vi: "Đăng ký tất cả các đơn vị tư nhân tuyển dụng lao động đi làm việc ở nước ngoài",
  },
  "Publish a list of sanctioned recruiters": {
    es: "Publicar una lista de reclutadores sancionados",
    fr: "Publier une liste des recruteurs sanctionnés",
    vi: "Công bố danh sách các đơn vị tuyển dụng bị xử phạt",
  },
  "Complaint channel for temporary workers through the consulates": {
    es: "Canal de quejas para trabajadores temporales a través de los consulados",
    fr: "Voie de plainte pour les travailleurs temporaires par l’intermédiaire des consulats",
    vi: "Kênh khiếu nại cho lao động thời vụ thông qua các cơ quan lãnh sự",
  },
  "Apply the fines of the 2017 Labour Inspection Law in all regional offices": {
    es: "Aplicar las multas de la Ley de Inspección del Trabajo de 2017 en todas las oficinas regionales",
    fr: "Appliquer les amendes de la loi de 2017 sur l’inspection du travail dans tous les bureaux régionaux",
    vi: "Áp dụng mức phạt của Luật Thanh tra lao động năm 2017 tại tất cả các văn phòng khu vực",
  },
  "Halve the number of inspection cases pending for more than a year": {
    es: "Reducir a la mitad los casos de inspección pendientes desde hace más de un año",
    fr: "Réduire de moitié le nombre de dossiers d’inspection en attente depuis plus d’un an",
    vi: "Giảm một nửa số vụ việc thanh tra tồn đọng quá một năm",
  },
  "Joint monitoring with workers' organisations in the maquila sector": {
    es: "Seguimiento conjunto con las organizaciones de trabajadores en el sector de la maquila",
    fr: "Suivi conjoint avec les organisations de travailleurs dans le secteur des maquilas",
    vi: "Giám sát chung với các tổ chức của người lao động trong ngành gia công xuất khẩu (maquila)",
  },
};
