resource "azurerm_windows_web_app" "cms" {
  name                = "contoso-cms"
  resource_group_name = azurerm_resource_group.web.name
  location            = azurerm_resource_group.web.location
  service_plan_id     = azurerm_service_plan.windows.id
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
    # ruleid: tf-azure-app-service-ftps-allowed
    ftps_state          = "AllAllowed"
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "contoso-legacy"
  location            = azurerm_resource_group.legacy.location
  resource_group_name = azurerm_resource_group.legacy.name
  app_service_plan_id = azurerm_app_service_plan.legacy.id

  site_config {
    # ruleid: tf-azure-app-service-ftps-allowed
    ftps_state = "AllAllowed"
  }
}

resource "azurerm_linux_web_app" "api" {
  name                = "contoso-api"
  resource_group_name = azurerm_resource_group.web.name
  location            = azurerm_resource_group.web.location
  service_plan_id     = azurerm_service_plan.web.id
  https_only          = true

  site_config {
    # ok: tf-azure-app-service-ftps-allowed
    ftps_state = "Disabled"
  }
}

resource "azurerm_linux_function_app" "jobs" {
  name                       = "contoso-jobs"
  resource_group_name        = azurerm_resource_group.jobs.name
  location                   = azurerm_resource_group.jobs.location
  service_plan_id            = azurerm_service_plan.jobs.id
  storage_account_name       = azurerm_storage_account.jobs.name
  storage_account_access_key = azurerm_storage_account.jobs.primary_access_key
  https_only                 = true

  site_config {
    # ok: tf-azure-app-service-ftps-allowed
    ftps_state = "FtpsOnly"
  }
}

resource "azurerm_linux_web_app" "shared" {
  name                = var.name
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  site_config {
    # ok: tf-azure-app-service-ftps-allowed
    ftps_state = var.ftps_state
  }
}
